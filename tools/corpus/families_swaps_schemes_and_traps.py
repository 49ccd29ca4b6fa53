"""Second batch of training template families for models/data/train.jsonl (train split only).

Written to broaden the training data: each family is its own `train2-*` group with its own
frames and fillers (names, businesses, products, towns, currencies) that do not come from
train_families.py, so that a model sees many more ways of saying the same pushy thing -- and
many more harmless messages that use the same words.
"""

import families_core as tf1
from engine import Family, Voice

P, HN, CL = "positive", "hard_negative", "clean"
RD, CP, UA, NO = "reciprocity_demand", "cold_pitch", "unearned_ask", "none"

SLOTS = dict(tf1.SLOTS)
SLOTS.update(
    {
        "nm": [
            "Niamh",
            "Chidi",
            "Inés",
            "Marek",
            "Yuki",
            "Tariq",
            "Becca",
            "Dami",
            "Oisín",
            "Lupita",
            "Gareth",
            "Anjali",
            "Femi",
            "Kasia",
            "Rhys",
            "Mercy",
            "Hamza",
            "Colette",
            "Jun",
            "Shauna",
            "Big Mike",
            "Auntie Bisi",
            "Dr Patel",
            "Siobhán",
            "Ngozi",
            "Björn",
        ],
        "hi": [
            "",
            "",
            "",
            "Hi",
            "Hey",
            "Hello",
            "Hiya",
            "Hey there",
            "Morning",
            "Evening",
            "Hi {nm}",
            "Hey {nm}",
            "Dear {nm}",
            "Good afternoon",
            "Hellooo",
            "Hi lovely",
            "Hey babe",
            "Greetings",
            "Hi hi",
            "Heya",
            "Good day",
            "Hey friend",
            "Hello {nm}",
            "Sup",
            "Bonjour",
        ],
        "h": ["{hi}{!|,|.|!!| 👋🏽| 😊| 🌸|}"],
        "bz": [
            "Willow & Wick",
            "Crumbs of Comfort",
            "Nailed It by Nikki",
            "Hollybrook Pottery",
            "The Dapper Dog",
            "Glow Up Aesthetics",
            "Wild Thyme Kitchen",
            "Stitch & Story",
            "Bright Spark Electrical",
            "Sweet Nothings Bakery",
            "Kente Kollections",
            "Island Spice Catering",
            "Petal Post",
            "Ironside Fitness",
            "Little Owl Prints",
            "Blue Door Deli",
            "Mama Tee's Kitchen",
            "Coastline Coffee",
        ],
        "lk": [
            "fb.com/willowandwick",
            "facebook.com/CrumbsOfComfortBakes",
            "www.hollybrookpottery.com",
            "instagram.com/nailedit.nikki",
            "linktr.ee/glowupaesthetics",
            "tiktok.com/@wildthymekitchen",
            "youtube.com/@stitchandstory",
            "bit.ly/4kTq2Lm",
            "https://m.facebook.com/petalpost.ie",
            "www.ironsidefit.co.za",
        ],
        "at": [
            "@willow.and.wick",
            "@crumbsofcomfort",
            "@glowup_aesthetics",
            "@stitchandstory",
            "@mamatees_kitchen",
            "@coastline.coffee",
            "@littleowlprints",
            "@dapperdog_grooming",
        ],
        "twn": [
            "Limerick",
            "Bolton",
            "Lagos",
            "Cebu",
            "Durban",
            "Swansea",
            "Galway",
            "Leicester",
            "Nairobi",
            "Dundee",
            "Accra",
            "Brisbane",
            "Ohio",
            "Kilkenny",
        ],
        "stuff": [
            "beeswax wraps",
            "resin coasters",
            "bath bombs",
            "sourdough kits",
            "crochet plushies",
            "vegan lip balm",
            "hair growth oil",
            "matcha",
            "collagen gummies",
            "scrunchies",
            "knife sets",
            "waist trainers",
            "CBD oil",
            "car air fresheners",
            "baby carriers",
            "shea butter",
            "perfume dupes",
            "slime kits",
            "dog bandanas",
            "tote bags",
        ],
        "cur": [
            "£7.50",
            "€19",
            "$24.99",
            "₦8,500",
            "R199",
            "₹450",
            "KSh 1,200",
            "AU$35",
            "CA$18",
            "₱650",
            "GH₵120",
            "$12",
            "£3 each or 4 for £10",
            "€5 a pop",
            "R75 each",
            "$9.99",
        ],
        "cd": ["BESTIE10", "FIRSTLOVE", "HELLO20", "SPRING15", "NEWHERE", "FB30", "THANKYOU5", "GLOW25"],
        "pc": ["10%", "15%", "20%", "25%", "30%", "40%"],
        "svc": [
            "website design",
            "SEO",
            "Facebook ads",
            "Google reviews management",
            "social media management",
            "bookkeeping",
            "wedding photography",
            "business coaching",
            "copywriting",
            "video editing",
            "logo and branding",
            "payroll",
            "VA services",
            "drone photography",
            "app development",
            "email marketing",
        ],
        "grp": [
            "facebook.com/groups/thriftyfinds",
            "fb.com/groups/mumsoflimerick",
            "facebook.com/groups/crochetcorner",
        ],
        "vote_for": [
            "baby photo contest",
            "Best Bakery awards",
            "cutest pet competition",
            "local business awards",
            "talent show",
            "Christmas window competition",
            "best wedding venue poll",
            "dog of the year",
            "Best Barber 2024",
        ],
    }
)

VOICE = Voice(lower=0.15, caps=0.06, slang=0.15, typo=0.15, emoji=0.3, noapos=0.12, curly=0.12)

# =============================================================== reciprocity_demand

R_FAN = [
    "{h} ⟦I {became|have become|became ur} {fan|follower} {now|so} {become|be} mine{| too| also}{!|.| 🙏|}⟧",
    "{h} ⟦{fan for fan|fan 4 fan|fan4fan}{?| anyone?| 🤝| pls|}⟧",
    "{h} ⟦I'm your {newest fan|fan now|biggest fan}, {be mine too|return it|fan me back}{!|.| 😊}⟧",
    "{h} ⟦I became your top fan, make me your top fan too{ lol| 😂|}⟧",
    "⟦Became fan ✅ your turn{ 😉|!|}⟧",
    "{h} ⟦I joined your fans, kindly join mine{ dear|| sir}⟧",
    "{h} I {am|'m} new on {sm} 🥺 ⟦I {fanned|followed} you, {fan|follow} me {back|too}{ pls| please|}⟧",
]

R_REVIEW = [
    "{h} ⟦{I|I've|Just} left {you|{bz}} a {5 star|five star|5⭐|glowing} review{,|!|.} {could you|can u|would you} {do "
    "the same|return the favour|leave one for me}{?| pls?| 🙏}⟧",
    "{h} ⟦{review swap|review exchange|swap reviews}{?| anyone?|, I'll go first}⟧ {{lk}|}",
    "{h} ⟦I'll leave you a {Google|Facebook|Etsy|Trustpilot} review if you leave me one{!|.| deal?}⟧",
    "{h} ⟦{Reviewed|Rated} your {shop|salon|page|business} {5 stars|⭐⭐⭐⭐⭐}, {now rate mine|your turn to rate "
    "mine|return it pls}⟧",
    "{h} ⟦I recommended {your page|you} on {my page|the {twn} mums group}, {hope you'll|please} recommend {mine|me} "
    "back{!|.}⟧",
    "{h} ⟦gave u a {recommendation|5 star}, waiting for mine{ 👀|!|}⟧",
]

R_SWAP = [
    "{h} ⟦I voted for {your {vote_thing}|you} in the {vote_for}, {please|pls|kindly} vote for {mine|me|my entry} "
    "{too|back}{!|.| 🙏|}⟧",
    "{h} ⟦{vote for vote|vote swap|vote exchange}{?| anyone?| 🗳️| in the {vote_for}?}⟧",
    "{h} ⟦I'll vote for yours if you vote for mine{!| 🤝|}⟧ {lk}",
    "{h} ⟦I shared your {giveaway|post|event|fundraiser} {to 3 groups|on my story|to my page}, {share mine|now share "
    "mine|share mine back}{ pls| please|!|}⟧",
    "{h} ⟦{share 4 share|share for share|s4s}{ ladies| anyone|?}⟧ {{lk}|}",
    "{h} ⟦share my {post|giveaway} and I'll share {yours|your page} {to all my groups|on my story}⟧{!|.|}",
]

R_POD = [
    "{h} ⟦comment on my {latest post|reel|pinned post} and I'll comment on yours{!|.| 💬|}⟧",
    "{h} ⟦{engagement pod|comment pod|like pod} anyone? {I'll engage with yours if you engage with mine|we all like "
    "and comment each other's posts}⟧",
    "{h} ⟦drop your {link|page} below, I'll {like|comment|like and comment}, {then|just} do the same {for "
    "me|back}⟧{!|.|}",
    "{h} ⟦tag me back{ pls| please| 🙏|!|}⟧ {I tagged you in|tagged u on} {my story|3 posts|the giveaway}",
    "{h} ⟦I tagged {you|your page} in my {story|post}, {now tag me|tag me in yours|tag me back}{!|.}⟧",
    "{h} ⟦{like|comment on} my last {3|5|10} posts and I'll {like|comment on} your last {3|5|10}⟧{!|.| 🔁|}",
    "{h} ⟦{comment|comment DONE|comment your page} {below|👇} {and|&} I'll follow you{ back|}, but follow me first⟧",
]

R_GUILT = [
    "{h} ⟦I {always|literally always|constantly} {like|share|comment on} your {stuff|posts|pics} and you never "
    "{like|share|comment on} mine{.|!| 🙄| tbh| just saying|}⟧",
    "{h} ⟦funny how I {like|share} all your posts but you can't even {like|share} one of mine{ 🤔|.|}⟧",
    "{h} ⟦{I'll|I will|gonna} unfollow {if you don't|unless you} follow back"
    "{ by {tomorrow|Sunday|tonight}|}⟧{!|.| 😤|}",
    "{h} ⟦{follow back|follow me back} or {I unfollow|I'm unfollowing|I'll unlike your page}⟧{!| 🤷‍♀️|.|}",
    "{h} ⟦{unfollowing|removing} everyone who doesn't {follow back|like my page back}{ this week| tonight|}⟧{ you've "
    "been warned| no hard feelings|}",
    "{h} ⟦I {liked|followed|subscribed to} you {ages ago|weeks ago|last month} and still nothing back{ 😒|.|}⟧",
    "{h} ⟦you owe me a {like|follow|share} {😂|lol|tbh|}⟧{ just saying|}",
    "{h} ⟦it's only fair you {like|follow} {mine|me} since I {liked|followed} {yours|you} first⟧{.|!|}",
    "{h} ⟦{did you forget|forgot} to {like my page back|follow me back|return my like}{?| 🙃|??}⟧",
]

R_SOFT = [
    "{h} ⟦it'd mean {a lot|the world|so much} if you {returned the like|could return the favour|liked my page "
    "back|followed back}{ 😊| ❤️|!|.|}⟧",
    "{h} I {liked|followed} your {page|account} {this morning|earlier|just now}{.|!} ⟦{hoping|hope} you can return "
    "the favour{ 😊| x|!|.}⟧",
    "{h} ⟦{I've|I have} done my bit, {hoping|hope} you'll do yours{ 😉|!|.}⟧ {liked and followed|followed + "
    "shared|liked all your pics}",
    "{h} ⟦{a follow back|a like back|a little like back} would be {appreciated|lovely|much appreciated}{!| 🙏|.}⟧",
    "{h} ⟦no pressure but {if you could {like|follow} me back that'd be great|it'd be nice if you {liked|followed} me "
    "back}{ 😊|.|}⟧",
    "{h} ⟦would you consider {liking|following} my page {back|in return}? I {liked|followed} yours{ 😊|.|}⟧",
    "{h} I've {liked|shared} your {post|page} 😊 ⟦maybe you could {like|share} mine when you get a chance?⟧",
    "{h} ⟦{just|I just} {gave you a follow|liked your page}, {would love the same|would love one back}{ if you get a "
    "sec|!|.}⟧",
    "{h} ⟦any chance of a {like back|follow back}? I've {liked|followed} yours{ 🙂|.|}⟧",
    "{h} ⟦{small|tiny} favour, I {liked|followed} {your page|you}, {could|would} you {like|follow} mine back?⟧",
]

R_NONNATIVE = [
    "{h} ⟦kindly reciprocate {my like|my follow|the like}{ sir| ma| dear|}⟧{.| 🙏|}",
    "{h} ⟦I have {liked|followed} your page {already|since morning|since yesterday}, kindly {like|follow} my own "
    "{also|too}⟧{.|!| God bless|}",
    "{h} ⟦{please|pls} {sister|brother|dear|madam|sir} {like|follow} back, I have {liked|followed} you⟧",
    "{h} ⟦I am your {follower|fan} now, please {also be mine|be my follower also|do same for me}⟧{ thank you| thanks "
    "dear|}",
    "{h} ⟦{Respected sir|Dear madam|Respected ma'am}, I have {liked|subscribed} your page, request you to "
    "{like|subscribe} my page also⟧",
    "{h} ⟦{like|follow} done from my side, {now you|please you also} do{ dear| bro| sis|}⟧",
    "{h} ⟦i like ur page so u must like my page also⟧{ ok| thanks|}",
]

R_COND = [
    "{h} ⟦{if you|if u} {like|follow} {my page|me}{,|} I'll {like|follow} {yours|you} {straight away|instantly|within "
    "the hour|100%}⟧{!|.|}",
    "{h} ⟦{follow|like} me{ and|,} I {follow|like} back {100%|guaranteed|always|no cap}⟧{ 💯|!|}",
    "{h} ⟦{like|follow} my page and I'll give you a {shoutout|shout out on my story|mention in my next post}⟧{!|.|}",
    "{h} ⟦{like|follow|share} my page and I'll {share|promote} yours to my {2k|5k|10k} followers⟧{!|.|}",
    "{h} ⟦{mutual follow|mutuals|mutual likes}{?| 🤝| anyone?| I'll go first}⟧",
    "{h} ⟦everyone who {likes|follows} my page {today|this week}, I'll {like|follow} {yours|you} back{, just comment "
    "done| 👇|}⟧",
    "{h} ⟦you {like|follow} me, I {like|follow} you. simple{.|!| 🤝}⟧",
    "{h} ⟦{join|like} my {group|page} and I'll {join|like} {yours|your group} {back|too}⟧",
]

R_BURIED = [
    "{h} {fr_a} {fr_b} ⟦{I've|I have} {liked|followed} your page, {would you mind|could you} {liking|following} mine "
    "{back|in return}?⟧ {fr_c}",
    "{h}\n{fr_a}\n⟦{Oh and|Also|PS} I {liked|followed} you so {like|follow} me back{!| pls!| ok?}⟧\n{fr_c}",
    "{fr_a} {fr_b} ⟦I left you a {5 star|lovely} review {by the way|btw}, it'd be great if you left me one too.⟧ "
    "{fr_c}",
    "{h} {fr_b} ⟦I voted for your {vote_thing} in the {vote_for}, hoping you'll vote for mine!⟧ {fr_c}",
    "{h} {fr_a} ⟦I shared your page in {my stories|a few groups}, so please share mine as well.⟧ {fr_b} {fr_c}",
    "{fr_a} ⟦Became your fan today, become mine too!⟧ {fr_c}",
    "{h} {fr_a} {fr_b} ⟦Like my page and I'll like yours, we small businesses need to stick together.⟧ {fr_c}",
]
SLOTS.update(
    {
        "fr_a": [
            "Hope all is good with you and the little ones!",
            "Been a crazy few weeks over here.",
            "Saw your stall at the {twn} fair, it looked so good.",
            "Your new logo is gorgeous btw.",
            "Finally getting some sun here ☀️",
            "We're back from Portugal and already missing it.",
            "How's the new puppy settling in?",
            "Love the colours in your latest pics.",
            "Can't believe it's nearly Easter already.",
            "Still buzzing from the weekend market.",
        ],
        "fr_b": [
            "The orders have been nonstop this month.",
            "I'm slowly learning this Facebook stuff haha.",
            "My eldest just started secondary school, where does the time go.",
            "We've moved the workshop into the garage now.",
            "Trying to do a bit less and rest more.",
            "The rain has been relentless here.",
        ],
        "fr_c": [
            "Have a good one!",
            "Catch up soon x",
            "All the best!",
            "Mind yourself x",
            "Cheers!",
            "Have a fab week 💕",
            "Bye for now!",
            "Talk soon 😊",
        ],
    }
)

# =============================================================== cold_pitch

SLOTS.update(
    {
        "tl": [
            "Thanks for liking the page!",
            "Thanks for the follow 😊",
            "Welcome to {bz}!",
            "Saw you liked our post!",
            "Thank you for following us on here ❤️",
            "So glad you found us!",
            "Thanks for the like on our reel!",
            "Welcome to the family 💕",
            "Thx 4 the follow!!",
            "Lovely to see you liked the page.",
            "Thanks for connecting!",
            "",
        ],
        "mlm2": [
            "Monat",
            "Color Street",
            "Younique",
            "Juice Plus",
            "Arbonne",
            "Herbalife",
            "Scentsy",
            "Forever Living",
            "Tropic",
            "Neal's Yard Organic",
            "Nu Skin",
            "Jeunesse",
            "Utopia",
            "doTERRA",
        ],
        "struggle": [
            "dry skin",
            "thinning hair",
            "getting the kids to sleep",
            "low energy in the afternoons",
            "bloating",
            "keeping your house clean",
            "finding time to cook",
            "back pain",
            "getting more bookings",
            "keeping up with your admin",
            "breakouts",
            "stress",
        ],
        "grow_what": [
            "growing your sales",
            "getting more bookings",
            "getting more reviews",
            "filling your diary",
            "getting your shop online",
            "doubling your followers",
            "automating your admin",
        ],
    }
)

C_SAMPLE = [
    "{h} {tl} ⟦{We'd love to send you|Claim} a {FREE|free} {sample|trial pack|tester} of our {stuff}, {just pay|just "
    "cover} {shipping|postage|delivery} ({cur})⟧{!|.| 💕|}",
    "{h} ⟦FREE {stuff} for {new followers|the first 20 people}!! just pay {shipping|postage} {cur} 👉 DM me⟧",
    "{h} ⟦{want|fancy} a free {sample|trial pack|tester} of {stuff}? {just send your address|you only pay the "
    "postage}⟧{ 😊|!|}",
    "{h} {tl} ⟦{get|grab} your free {stuff} today, only pay {cur} {P&P|shipping}⟧{!|}",
    "{h} ⟦I have free samples of {stuff} {to give away|for you}, can I {post|send} you one?⟧ {only|just} {cur} postage",
]

C_MLM = [
    "{h} ⟦have you heard of {mlm2}? {I think you'd love it|It's changed my life|You'd be amazing at it}{!| 💕|.}⟧",
    "{h} ⟦I'm {building|growing|expanding} my team {this month|right now|for {mlm2}} and {you'd be perfect|I thought "
    "of you straight away|your name popped into my head}{!| 💕| ✨|}⟧",
    "{h} ⟦{ever|have you ever} thought about {extra income|earning a bit extra|a side hustle|working from your "
    "phone}{?| hun?| 💸?}⟧",
    "{h} ⟦{calling all|any} {mums|mamas|stay at home mums|students|nurses} who want to work from home{!|??|,} I'd "
    "love to chat{ 💕|!|}⟧",
    "{h} ⟦would you be open to hearing about {what I do|my business|something that's helped my family}{?| no "
    "pressure!| 😊}⟧",
    "{h} ⟦you seem {so positive|like such a go-getter|really driven}{,|!|.} have you ever thought about {doing what I "
    "do|joining my team|being your own boss}{?| 💜?}⟧",
    "{h} {fr_a} ⟦Random but are you looking for {something to do from home|a new challenge|extra money before "
    "Christmas}?⟧ {fr_c}",
    "{h} ⟦{looking for|I need} {2|3|5} {ladies|people|mums} to {join me|train up|start with me} {this week|before the "
    "end of the month}{, interested?|!| DM me}⟧",
    "{h} ⟦I'm a {mlm2} {rep|consultant|ambassador}{,|!} {want|would you like} {a catalogue|to join my VIP group|a "
    "free consultation}?⟧",
]

C_SERVICES = [
    "{h} {tl} ⟦{we|I} {offer|do|provide} {svc} for {small businesses|businesses like yours|salons|cafés} from {cur}{, "
    "want a quote?|, interested?| a month, DM for details|.}⟧",
    "{h} ⟦I noticed your {website|page|Google listing} {isn't ranking|could use some love|looks a bit outdated}, {I "
    "can help|I can fix that|we can sort that} {for {cur}|this week|fast}{, interested?|!|.}⟧",
    "{h} ⟦{we|I} {specialise|specialize} in {svc}, {can I send you|shall I send over} {my packages|our rates|a "
    "proposal}?⟧",
    "{h} ⟦{need|looking for} {svc}? {I'm running|we have} a {special|discount|launch offer} this month{!|.}⟧{ DM me|}",
    "{h} {tl} ⟦Would you be open to a quick chat about {grow_what}?⟧",
    "{h} ⟦Book a {free discovery call|free strategy session|15 minute call} {with me|here} and let's {grow_what}{!| "
    "📈|.}⟧",
    "{h} ⟦{Your business|Your page|You} could be {getting 10x more customers|making more sales|fully booked}, {want "
    "me to show you how|can I show you how}?⟧",
    "{h} Good day{,|.} ⟦we are a {digital agency|software company|marketing firm} offering {svc} at affordable rates, "
    "kindly reply if interested⟧{.|}",
    "{h} ⟦I'm a {photographer|videographer|copywriter|web designer} in {twn}{,|.} {would you like|want} {a quote|my "
    "price list|to book a slot}?⟧",
]

C_FINANCE = [
    "{h} ⟦{invest|put in} {$200|£100|₦50,000|R1,000} {and get|and receive|and earn} {$2000|£1,000|₦500,000|R10,000} "
    "in {7|5|10} days{ guaranteed|}⟧{. inbox me|!|}",
    "{h} ⟦{are you interested in|have you tried} {forex|crypto|bitcoin|binary options} trading? {I can manage your "
    "account|I can teach you|my mentor can help}⟧",
    "{h} ⟦{need|looking for} a {loan|quick loan|business loan}? {low interest|no credit check|fast approval}, "
    "{WhatsApp|message|text} me⟧",
    "{h} ⟦{is your family protected?|do you have life insurance?|is your car insurance too high?} {I can get you a "
    "quote|let me beat your quote} {in 5 minutes|today}⟧",
    "{h} ⟦join my {crypto|forex} signals group, {$50|£40} a month, {90%|95%} win rate⟧{!| 🚀|}",
    "{h} ⟦{earn|make} {30%|20%|10%} {monthly|weekly} {ROI|returns} with our {investment plan|trading bot}, {DM|inbox} "
    "for details⟧",
]

C_CATALOGUE = [
    "{h} {tl} ⟦{Can|May|Shall} I send you our {price list|catalogue|brochure|menu|lookbook}?⟧",
    '{h} {tl} ⟦Reply {YES|"YES"|INFO|"INFO"} and I\'ll send you {our full catalogue|the price list|all the '
    "details}{!| 📖|.}⟧",
    "{h} ⟦{want|would you like} our new {brochure|catalogue|menu}? just {reply with your email|send me your "
    "number|say the word}⟧",
    "{h} ⟦{check|have a look at} our catalogue {here|👉} {lk} and {place your order|order today|DM to order}⟧",
    "{h} ⟦{Would you like to|Want to} receive our weekly deals by {WhatsApp|email|text}? {Reply with your number|Just "
    "reply YES}⟧",
    "{h} ⟦{Are you|Would you be} interested in {becoming a stockist|our wholesale prices|our trade catalogue}? {Can I "
    "send|I'll send} you the details⟧",
]

C_CODES = [
    "{h} {tl} ⟦{use|enter} code {cd} for {pc} off {your first order|everything|today}{!| 🛍️|.}⟧",
    "{h} {tl} ⟦{here's|enjoy} {pc} off with {code|the code} {cd}, valid {48 hours|this weekend|today only}⟧",
    "{h} ⟦{new drop|restock|new arrivals}!! {stuff} {cur}, {inbox|DM|message} to order⟧{ 🔥|!|}",
    "{h} ⟦{stuff} {now|only|just} {cur}{, shop now|, link in bio|, order here {lk}}⟧",
    "{h} ⟦{flash sale|weekend sale|clearance} 🔥 {stuff} {cur} {today only|while stocks last}⟧",
    "{h} {tl} ⟦{shop now|order now|grab yours} 👉 {lk}⟧",
    "{h} ⟦{we sell|I sell|selling} {stuff} {at|for} {cur}, {ship worldwide|nationwide delivery|DM to order|inbox to "
    "order}⟧",
]

C_SOFT = [
    "{h} ⟦{do you ever|do u ever|ever} struggle with {struggle}? I {have|might have|'ve got} just the thing{ 😍| "
    "👀|!|.}⟧",
    "{h} ⟦{do you ever|ever} struggle with {struggle}? {I'd love to|Let me} {help|tell you about something that "
    "helped me}{!|.| 💕}⟧",
    "{h} {tl} ⟦{would you be|are you} open to {a quick chat|a 10 minute call|hearing some ideas} about {grow_what}?⟧",
    "{h} ⟦I {came across|found} your page and {think|feel} {I could really help you|we could help you} with "
    "{grow_what}{, can we chat?|. Fancy a call?|.}⟧",
    "{h} {tl} ⟦{I'm curious|Just wondering}, are you {happy with|looking to improve} your "
    "{skincare|website|bookings|energy levels|social media}? I might be able to help{ 😊|.}⟧",
    "{h} ⟦{if you ever|whenever you} {want|need} {stuff}, I'm your girl{ 😉|!| 💕}⟧",
    "{h} ⟦{let me know|just shout} if you'd like {to try|a sample of|to see} {stuff}{, I've got loads|, happy to send "
    "some|}{!|.| x}⟧",
    "{h} {tl} ⟦{no pressure but|just so you know,} we {have|do} {stuff} {for {cur}|on offer this week} if you're "
    "interested{!|.|}⟧",
]

C_BURIED = [
    "{h} {tl} {fr_a} ⟦{By the way|Btw|Also}, we're doing {pc} off {stuff} this week, {DM me|message me|inbox me} to "
    "order.⟧ {fr_c}",
    "{h}\n{fr_a}\n\n⟦{Just so you know|Side note}, I sell {stuff} ({cur}) if you'd ever like some!⟧\n\n{fr_c}",
    "{fr_a} {fr_b} ⟦I'm actually looking for a couple of people to join my {mlm2} team, would you be interested?⟧ "
    "{fr_c}",
    "{h} {tl} {fr_b} ⟦Do you need {svc}? I can do you a good price.⟧ {fr_c}",
    "{h} {fr_a} ⟦If you're ever in need of {svc}, I'd love to send you a quote.⟧ {fr_b} {fr_c}",
    "{h} {tl} ⟦Here's a little welcome gift: code {cd} for {pc} off.⟧ {fr_a} {fr_c}",
    "{h} {fr_a} {fr_b} ⟦Have you ever thought about making some money from home? I'd love to tell you how I do it.⟧ "
    "{fr_c}",
]

C_AFTER_LIKE = [
    "{h} I see you liked {my post|our photo|the page}{!|.| 😊} ⟦{do you want|would you like} to {order|buy} {some|a "
    "few} {stuff}? {cur} each⟧",
    "{h} {noticed you|saw you} {followed|liked} us{!|.} ⟦{we've got|there's} {pc} off {for new followers|your first "
    "order} {with|using} {cd}⟧",
    "{h} thanks for the {like|follow|react}{!|.| 🙏} ⟦{are you looking for|interested in|in the market for} "
    "{{svc}|{stuff}}?⟧",
    "{h} {tl} ⟦{are you planning|have you got} {any events|a wedding|a party|a birthday} {coming up|soon}? {We hire "
    "out photo booths|We do balloon arches|We do party catering} from {cur}⟧",
    "{h} {tl} ⟦Is there anything you're shopping for at the moment? We have a huge range of {stuff}⟧",
    "{h} {tl} ⟦Fancy a free {consultation|skin analysis|taster session}? {Book here|DM me} 👉 {lk}⟧",
]

# =============================================================== unearned_ask

UA_DROP = [
    "{h} ⟦drop a like{ on my page| on my latest post|}{!| 👍| 🙏| pls|}⟧{ {lk}|}",
    "{h} ⟦show {some love|my page some love|us some love} {pls|please|guys|}{ ❤️| 💕|!|}⟧",
    "{h} ⟦{smash|hit} {that|the} {like|follow} button{!| 👆| 🔥|}⟧",
    "{h} ⟦{like 👍 comment 💬 share 🔁|like, comment and share|like & share & follow}⟧{ {lk}|}",
    "{h} ⟦{likes|follows|shares} {appreciated|welcome|much appreciated}{ 🙏| ❤️|!|}⟧ {lk}",
    "{h} ⟦{check out|go check|visit} my page and {like|follow} {it|if u like}{!| ✨|}⟧",
    "{h} ⟦{pleaseee|plsss|pleasee} {like|follow} my {page|pageee|account}{ 🥺| 🙏🏽|!!|}⟧",
]

UA_SUPPORT = [
    "{h} ⟦{support|please support|help support} my small business by {following|liking|sharing} {my page|{bz}}{!| 🌸| "
    "💕|}⟧",
    "{h} ⟦{small business|tiny business|new business} here{,|!} {please|pls} {follow|like} {my page|{bz}|us}{ 🙏|!|}⟧",
    "{h} ⟦{I just|just} {started|opened|launched} {{bz}|my {biztype}|my page}{,|!|.} {please|pls|kindly} {like and "
    "share|follow|give it a like}⟧{!| ❤️|}",
    "{h} ⟦{every|each} {like|follow|share} {helps|counts|means the world}{, please|,} {like|follow|share} {my "
    "page|{bz}}{!|}⟧",
    "{h} ⟦{please|pls} {like|follow} my {daughter's|son's|husband's|mum's} page{, she's just started| he's only 14| "
    "it's new|}⟧{!| 😊|}",
    "{h} ⟦{dear friends|dear all|everyone}, please {like|follow} my page and support me{ 🙏| God bless|}⟧",
]

UA_MILESTONE = [
    "{h} ⟦help me {reach|get to|hit} {100|500|1k|1,000|2k|10k} {followers|likes|subs|subscribers}{!!|!| 🙏🏽| before "
    "{Christmas|Friday|my birthday}}⟧",
    "{h} ⟦only {7|12|20|43} more {likes|follows|subs} {till|until} {500|1000|1k}, help {a girl|a guy|me} out{!| 😅|}⟧",
    "{h} ⟦{so close|nearly there|almost} to {1k|500|2,000}{!|,|.} {please|pls} {like|follow|sub}{ my page| the "
    "channel|}⟧",
    "{h} ⟦can we get {my page|this page|{bz}} to {1000|500|5k} {likes|follows} this week? {like|follow} "
    "{now|pls|below}⟧",
]

UA_JOIN = [
    "{h} ⟦join my {WhatsApp|Telegram|Facebook|Discord} group{ for {deals|updates|daily tips|giveaways}|}⟧ {👉 "
    "|}{chat.whatsapp.com/Lk29Xq|t.me/glowdeals|facebook.com/groups/thriftyfinds|discord.gg/craftclub}",
    "{h} ⟦{please|pls|kindly} join {my|our} group{,|!|.} we're {almost|nearly} at {200|500|1k} members⟧{!|}",
    "{h} ⟦{join|come join} our {Telegram channel|WhatsApp community|VIP group} {today|now}{!| 🚀|}⟧",
    "{h} ⟦{add|invite} {your friends|everyone you know|all your contacts} to {my|our} group{ pls| please|!|}⟧",
    "{h} ⟦{please|pls} {invite|add} your friends to {like|follow} my page{ 🙏|!|}⟧",
    "{h} ⟦{click going|hit interested|RSVP} on my event{ please| pls|!|}⟧ {facebook.com/events/20931|}",
]

UA_VOTE = [
    "{h} ⟦{please|pls|kindly} vote for {me|my {vote_thing}|{bz}} in the {vote_for}{!| 🙏| 🥺|}⟧",
    "{h} ⟦vote for {me|us|{bz}}{!|!!|,} {link below|link in comments|it takes 2 seconds|one vote per day}{ 🗳️|}⟧",
    "{h} ⟦{help me win|help us win}{!|,} {like|vote for} the {photo|pic} of {my son|my dog|our cake|my daughter}⟧",
    "{h} ⟦{please|pls} like my {comment|photo|entry} on the {competition|giveaway} post, most likes wins⟧{!| 🤞|}",
    "{h} ⟦{go vote|vote} for {me|us} pls{ 🥹|!| 🙏|}⟧ {{lk}|}",
]

UA_SPAM2 = [
    "{praise} ⟦follow me for {more|daily {recipes|memes|tips|outfits}|more content like this}{!| 🔥|}⟧",
    "{praise} ⟦{check|visit|peep} my page {too|as well}{ dear| guys|}{ 😉|!|}⟧",
    "{praise} ⟦{come see|check out} my {page|profile|channel}{, similar stuff!|!|} {lk}⟧",
    "{praise} ⟦{sub to|follow} my {channel|page} {pls|please|for more}{ 🙏|}⟧",
    "{praise} ⟦{like my page|follow {at}} {too|as well|}{!| 😍|}⟧",
    "{praise} ⟦{I post|I do} similar {stuff|content}, {follow|like} my page{!| 💯|}⟧",
]
SLOTS["praise"] = [
    "Wow 😍",
    "Agree 100% 👏",
    "So true 😂",
    "Stunning!!",
    "This is gold 🤣",
    "Great tips!",
    "Yum 🤤",
    "Goals 🙌",
    "Love this!!",
    "Cute 🥰",
    "Facts 💯",
    "Omg amazing",
    "Needed this today",
    "Nice one 👍🏽",
    "Beautiful work ✨",
]

UA_REVIEW_SUB = [
    "{h} ⟦{please|pls|kindly} {leave|write} {us|me} a {Google|Facebook|5 star|Trustpilot} review{!| ⭐| it really "
    "helps|}⟧",
    "{h} ⟦{could|can|would} you {review|rate} my {shop|book|app|salon} {on Amazon|on Google|5 stars|}{?| 🙏}⟧",
    "{h} ⟦{subscribe|sub} to my {YouTube|channel|newsletter|podcast} {pls|please|and turn on notifications|}{!| 🔔|}⟧ "
    "{{lk}|}",
    "{h} ⟦{watch|stream|listen to} my new {video|single|podcast episode} and {like|share} it{!| 🎶|}⟧",
    "{h} ⟦{turn on|switch on} post notifications for my page{!| 🔔|}⟧",
    "{h} ⟦{tag|share with} {3|5} friends who'd love my page{!| 👇|}⟧",
    "{h} ⟦{please|pls} {share|repost} my {page|post|story} {in your groups|to your timeline|on your page}{ 🙏|!|}⟧",
]

UA_BURIED = [
    "{h} {fr_a} {fr_b} ⟦{Anyway|So} the reason I'm messaging is, could you {like|follow} my new page?⟧ {fr_c}",
    "{h}\n{fr_a}\n⟦{Please|Pls} vote for {my {vote_thing}|me} in the {vote_for}!⟧\n{fr_c}",
    "{fr_a} {fr_b} ⟦If you're reading this, please take a second to follow my page.⟧ {fr_c}",
    "{h} {fr_a} ⟦Could you share my page with your friends? I'm trying to grow it.⟧ {fr_c}",
    "{h} {fr_b} {fr_a} ⟦Please join my group, it's {grp}.⟧ {fr_c}",
    "{h} {fr_a} ⟦Would you mind leaving me a review? It really helps.⟧ {fr_b} {fr_c}",
]

# =============================================================== hard negatives

SLOTS.update(
    {
        "pushy_q": [
            "became your fan, become mine",
            "I liked your page, now like mine",
            "l4l",
            "f4f",
            "sub4sub",
            "follow back or I unfollow",
            "like my page",
            "drop a like",
            "help me reach 1k",
            "have you heard of Monat?",
            "hey hun, are you open to an opportunity?",
            "just pay shipping",
            "review swap?",
            "vote for me",
            "join my WhatsApp group",
            "reply YES for the price list",
            "kindly reciprocate",
            "be your own boss",
            "DM to order",
            "you'd be perfect for my team",
            "comment on mine and I'll comment on yours",
            "tag me back",
            "your turn",
        ],
        "gripe": [
            "so tired of",
            "sick of",
            "getting loads of",
            "had three more",
            "ignoring all the",
            "blocking every",
            "laughing at the",
            "cringing at the",
            "fed up with",
        ],
        "msgs": ["messages", "comments", "DMs", "requests", "texts"],
    }
)

HN_RULES = [
    "{Group rule|Rule} #{2|3|4|5|6}: no {l4l|f4f|sub4sub|like-for-like|follow-for-follow|'like my page'} posts{.| "
    "please.|, you'll be removed.}",
    "ADMIN: {posts|comments} asking for {likes|follows|votes|shares} will be {deleted|removed} {without "
    "warning|straight away}{.| 🚫|}",
    "Reminder {everyone|folks|all}: no selling in {this group|here} except on {Friday promo day|the weekly promo "
    "thread|Saturdays}{!|.}",
    "Please don't DM {members|people in the group} with {sales pitches|business offers|MLM stuff}{, we've had "
    "complaints.|. Thanks!|.}",
    "{Mods|Admins} here: {engagement pods|review swaps|vote swaps} are not allowed in this group{.|, sorry!}",
    "New members, please introduce yourself {below|in the comments} instead of posting your page link{ 😊|.|!}",
    "We've removed {a few|several|some} accounts for sending {unsolicited offers|'hey hun' messages|crypto spam} to "
    "members{.|. Report anything dodgy.}",
    "Promo thread is open! {Share your business below|Tell us what you do} and {what you love about it|one thing "
    "you're proud of this week}{ 👇|.}",
    "Please report any {'invest and earn' messages|loan offers|fake giveaway links} you get from people in this "
    "group{.|, they are scams.}",
    "{Group|Page} etiquette: thank people who {like|share} your stuff, don't ask them to {like yours back|buy "
    "something straight away}{.|!}",
]

HN_COMPLAIN = [
    "{gripe} {'{pushy_q}'|\"{pushy_q}\"} {msgs}{ 🙄|.|!| smh|}",
    "Does anyone else get {'{pushy_q}'|\"{pushy_q}\"} {msgs} from {strangers|random pages|people from school}{?| 😂|}",
    "Why do people think {'{pushy_q}'|\"{pushy_q}\"} is {good marketing|going to work|ok}? {Build a relationship "
    "first.|Nobody owes you anything.|It's such a turn off.|}",
    "Just got {'{pushy_q}'|\"{pushy_q}\"} from someone I've never spoken to {😂|🤦‍♀️|lol|}",
    "{Tip|Advice|Honest advice} for new {page owners|businesses|sellers}: {stop asking strangers for likes|don't "
    "pitch people who just followed you|introduce yourself before you ask for anything}{.|!}",
    "I {never|don't} follow back just because someone followed me{, I follow what I enjoy|. Sorry not sorry|.}",
    "{Follow-for-follow|L4L|Engagement pods} {ruined|killed|tanked} my {reach|engagement|page} {last year|when I "
    "started}{, never again|. Lesson learned|.}",
    "My {nephew|niece|little brother|son} keeps asking me to {sub to|like} his {channel|videos}{ 😂| lol|, he's 9}",
    "{How do I|What's the polite way to} say no to {someone who keeps inviting me to their {mlm2} party|a friend "
    "pushing her MLM|people asking for review swaps}?",
    "{My aunt|My dad|A friend of mine} {lost|nearly lost} {money|£500|$300} to one of those {crypto|'invest and "
    "earn'|forex} messages{. Please warn your parents.|.| 😡}",
    'Nobody is giving away free {watches|sunglasses|samples} "just pay shipping"{, it\'s a subscription trap|. '
    "Read the small print!|.}",
    "A like isn't a lead{,|.} {it's permission to start a conversation|treat it like a hello|ask them a question "
    "instead}{.|!}",
    "You don't owe anyone a {like|follow|share} {back|in return}{. Follow what you enjoy.|.|!}",
    "I used to {do l4l|spam my friends list|send 'hey hun' messages} {years ago|when I started}{, cringe 😬|. Never "
    "again.|.}",
]

HN_QUOTING = [
    "{She|He|Someone} {messaged|DMed|commented} '{pushy_q}' {and I just|so I} {ignored it|left them on "
    "read|laughed|blocked them}{ 😂|.|}",
    "My {mum|sister|friend} showed me a message that said '{pushy_q}' {lol|🙈|and we couldn't stop laughing|}",
    "Screenshot of the day: '{pushy_q}' {😂|🤡|🙃}",
    "Me: {posts a photo of my dog|shares a recipe|says good morning}. Random page: '{pushy_q}' {😂|🙄}",
    "What do you even {reply|say} to '{pushy_q}'{?|??| 😂}",
    "{Translation|Me reading}: '{pushy_q}' = 'I don't know you but {I want something|give me stuff|buy from me}'{ 😂|}",
    "If your first message to someone is '{pushy_q}', {rethink your strategy|you've already lost them|maybe try hello "
    "first}{.|!| 😅}",
    "{Counted|Had} {4|6|11} '{pushy_q}' {msgs} this week{. A new record!| 😩|.}",
]

HN_THANKS2 = [
    "{h} thank{ you| u|s} {so much|loads|a million|} for {liking|following|sharing|voting for} {us|{bz}|my post|my "
    "page|our page}{!| 😊| ❤️| x|.}",
    "{h} {thanks for|appreciate} the {follow|like|share|review|vote}{!| 🙏| 🥰|.} {tq_tail}",
    "Thank you everyone for the {follows|likes|kind words|shares} since we {opened|launched|started}{, we're "
    "overwhelmed ❤️|! 🎉|.}",
    "{h} thank you for the {5 stars|lovely review|recommendation}{, you made our {day|week}|!| 😍|.}",
    "{h} thank you for {joining the group|subscribing}{, lovely to have you| 🌿|!|.} {tq_tail}",
    "Thank you for voting for {Lily! She was so chuffed|our Jack! He was delighted|the shop! We were thrilled|us|us "
    "🥰}{!|}",
]
SLOTS["tq_tail"] = [
    "What brought you here?",
    "Hope you enjoy the recipes!",
    "New designs go up every Friday.",
    "Any questions just ask.",
    "Have a lovely day!",
    "How did you hear about us?",
    "",
]

HN_FOLLOWBACK = [
    "{h} {cheers|thanks|ta} for the follow back{ mate| hun|}{!| 👊| 😊|.}",
    "{h} {ah|aww|oh} you followed back{!| 😊|} {I love your|your} {ceramics|cakes|photos|reels|illustrations|garden "
    "posts} {by the way|btw|are gorgeous}{!|.}",
    "{h} {I've|just} followed you back{, thanks for the follow| 😊|!|.}{ Love the content!|}",
    "{h} {liked|followed|subbed} back{, sorry it took me ages|, thanks for the {like|follow|sub}|!|} {😊|🙂|}",
    "{h} {just noticed|saw} you followed me back, thank you{!|.} How's {the allotment|the new shop|the baby|the "
    "course} going?",
    "{h} done, {liked|followed} your page{!|.} Good luck with the {launch|opening|first market|new menu} ❤️",
    "{h} followed back 👍 {we should collab sometime|love your stuff|your dog is adorable}",
]

HN_LIKE2 = [
    "{h} would you like {sugar|milk|ice|a top-up|another slice|the window seat}{?| in your tea?}",
    "{h} would you like to come to {Maisie's party|the christening|the quiz night|our BBQ} on the "
    "{12th|Saturday|Sunday}{?| 🎈}",
    "{h} would you like a lift to {the hospital|the station|the match|work} tomorrow?",
    "{h} I'd like {a bigger size|the blue one|two of the small ones|to swap it for a medium} please{!|.|}",
    "{h} I'd like to {say a massive thank you to|thank} {the volunteers|everyone who helped|the nurses on ward "
    "6}{!|.| ❤️}",
    "Looks like {the car park is full|we're getting snow tonight|the match is off|the bus isn't coming}{, {park on "
    "Elm Street|wrap up|stay home}|!|.}",
    "It looks like you've had {a rough week|a great time|a busy one}{, here if you need a chat x|!|.}",
    "{h} like I said {on the phone|earlier|yesterday|before}, {the keys are under the mat|I'm not going this "
    "year|we'll sort it Monday}{.|!}",
    "{h} I like {your hair like that|the new sign|how honest your posts are|your new kitchen}{!| 😍|.}",
    "{She's|He's|You're} like a {sister|brother|second mum} to me{ ❤️|.|}",
    "It was like {a sauna|an oven|a freezer|a zoo} in {there|the office|town} today{ 🥵| 🥶| 😂|}",
    "{h} do you like {the green or the navy|pineapple on pizza|the new curtains}{?| better?}",
    "{h} did you like {the book|the film|your present|the concert}{?| I couldn't put it down|}",
    "{h} we liked your post about the {food bank|lost dog|street party} and shared it with the "
    "{street|residents'|parents'} group",
    "{h} it's not like {her|him|you} to be late, {hope all's ok|everything alright?}",
    "{h} I'd like to {follow|take} your advice on {the sourdough|pricing|the garden}{, thanks!|.}",
]

HN_CUST2 = [
    "{h} how much {is|for} {the 8 inch chocolate cake|a full set with gel|a puppy groom|the large hamper|a box of 12 "
    "brownies}{?| please?}",
    "{h} {do you|can you} deliver to {twn}{?|? I'd like to order a {hamper|cake|bouquet}}",
    "{h} is the {Friday 10am slot|Saturday slot|large green one|size 12} still {free|available}{?| please?}",
    "{h} could I get a quote for {a 3 bed end of tenancy clean|a new bathroom|a kitchen fit|a wedding cake for 80}{, "
    "please|?}",
    "{h} can I reserve {the green dress|the big wreath|two tickets} until {Friday|payday|the weekend}{?| 🙈}",
    "{h} what's the code {from your story|you mentioned}? I'd like to order the {lamp|candle|print}",
    "{h} {price please|how much|pm'd you about the {dress|pram|table}|interested, is it still available}{?| 😊|}",
    "{h} do you do payment plans {on the course|for the package|for bigger orders}? I'd love to {sign up|book|order}",
    "{h} can I book you for my {daughter's|son's|mum's} {birthday party|christening|70th}? {She|He}'s obsessed with "
    "your {balloon arches|cakes|magic shows}",
    "{h} the link isn't working, can you send it again? I want to order {the wax melts|a gift card|two mugs}",
    "{h} do you have any gift vouchers? It's for {my mam's|my wife's|a friend's} birthday",
    "{h} I'd like to order {the lavender candle|a dozen cupcakes|the blue bowl} {in the large size|for Saturday|}{, "
    "how do I pay?|.}",
]

HN_BIZREPLY2 = [
    "{h} you asked about prices{ —|,} {a full set is {cur}|it's {cur} per box|the small one is {cur}}{. Let me know "
    "if you'd like to book 😊|.}",
    "{h} thanks for your message! Yes we deliver to {twn}, it's {cur}{. Would you like me to put an order through?|.}",
    "{h} of course! Here's the link to the {dress|lamp|print} you asked about: {lk}",
    "{h} the code for {pc} off is {cd} like you asked{, enjoy!|!|.}",
    "{h} yes {hun|lovely|}, I've got it in a {10|14|medium}, {cur} plus postage{. Want me to put it aside?|.}",
    "{h} as requested, our {wedding brochure|price list|menu} is attached{ 💐|.} Any questions just ask!",
    "Great question! The {large candle|big jar|family tub} {lasts|burns for} {around 60 hours|about a month} and is "
    "{cur}{.|!}",
    "{h} no problem at all, I'll hold it until {Friday|Monday|payday} for you{ x|.|!}",
    "Glad you asked! Shipping to {Canada|Spain|Australia|Kenya} is {cur} and takes about {10 days|a week|2 weeks}.",
    "{h} following up on your enquiry from {Tuesday|last week|yesterday}: {we can do the 14th|the quote is {cur}|we "
    "have stock again}{.|, let me know!}",
]

HN_FREEHELP = [
    "{h} if you're ever stuck with {your page settings|the website|your accounts|product photos}, just message me, "
    "happy to help{, no charge| for free| no strings}{ 😊|.|!}",
    "{h} happy to look over {your CV|your menu|your price list|your website} if that helps{, no strings attached|, no "
    "charge|!|.}",
    "{h} I've got a spare {pushchair|cot|gazebo|clothes rail|ring light} if anyone needs one{, free|, free to a good "
    "home}{, just collect|!|.}",
    "{h} if you need help setting up {your online shop|Facebook shop|a booking system}, I did mine last year, happy "
    "to share what I learned{!|.}",
    "{h} no need to pay me{, glad I could help|, it was nothing|! happy to help}{ 😊|.|}",
    "Anyone in {twn} need a free {cot|high chair|bag of baby clothes|fridge}? {Ours has been outgrown|We're "
    "moving|Just collect}{.|!}",
]

HN_RECOMMEND = [
    "{Honestly|Genuinely} the best {cake|coffee|haircut|massage} I've ever had came from {bz} in {twn}{, go "
    "there!!|!|.}",
    "If anyone needs {a plumber|an electrician|a groomer|a photographer}, {bz} {is|are} {brilliant|amazing} and "
    "really fair{.|!}",
    "My friend {nm} just opened {a café|a shop|a salon} in {twn} and it's gorgeous{ ☕|!|}{ go say hi if you're "
    "nearby!|}",
    "{Recommend|Highly recommend} {bz} to anyone {needing family photos|looking for a cake|wanting a clean|needing a "
    "logo}, {she|he|they} {was|were} amazing{ with my two|!|.}",
    "My {cousin|sister|neighbour} makes the most beautiful {wedding cakes|wreaths|quilts}, {her|their} page is {bz} "
    "if anyone's looking{ 🎂|.|}",
    "{h} you should try {bz}, {they did our wedding flowers and they were fab|she did my mum's birthday cake and it "
    "was perfect|they did the shop sign and were so reasonable}",
    "Shout out to {at} for {the gorgeous cake|sorting my boiler|the lovely photos|the fast delivery}{!| 🙌|}",
    "Someone asked for a {dog walker|tutor|cleaner} in {twn} earlier, {bz} {are|is} {great|lovely}, tell them I sent "
    "you",
]

HN_FUNDRAISE2 = [
    "My {colleague|friend|neighbour} {nm}'s {daughter|son|husband} is {running the marathon|doing a skydive|shaving "
    "his head} for {Mind|the hospice|Cancer Research|the children's ward}, I've shared because {that charity helped "
    "our family so much|it means a lot to them|it's close to my heart}",
    "Sharing for {my neighbour|a friend|a colleague}: {her|his} {son|daughter} is doing a sponsored "
    "{silence|walk|swim} for {the hospice|the food bank|the animal shelter}. {Anything helps, even a share 💙|No "
    "pressure at all.|}",
    "{My friend|My cousin} {nm} is raising money for {her mum's care|the flood appeal|the school's new roof}{, link "
    "on her page| ❤️|. Proud of her.}",
    "{I|We} donated to {nm}'s fundraiser for {the shelter|the hospice|the scouts}, {such a good cause|they're nearly "
    "at their target|well done {nm}!}",
]

HN_OPINION2 = [
    "{h} which {logo|label|colour|photo} do you prefer for the {bakery|shop|menu|new page}, 1 or 2? Be {brutally "
    "honest|honest}",
    "{h} be honest, is {cur} too much for {these earrings|a dozen cupcakes|a 1 hour lesson}?",
    "{h} what do you think of the {new menu board|packaging|website|shop window}? Does {it|the font} look ok?",
    "{h} can I get your opinion on {my new flyer|the price list|these two photos} before I post {it|them}?",
    "{h} you know more about this than me, {should I raise my prices|is Etsy worth it|do I need a website}?",
]

HN_INTRO2 = [
    "{h} I'm {nm} from {bz} {down the road|in {twn}|}. I love {your window displays|your photos|how you write about "
    "your work}! {Would you ever be up for a joint {display|event|giveaway}?|How long have you been doing this?|What "
    "got you started?}",
    "{h} I'm {nm}, I run {a small coffee van|a henna page|a tiny bakery|a dog grooming van} in {twn}. I've been "
    "following you for a while and {your sourdough is incredible|your work is gorgeous|your tips are so useful}. {Do "
    "you ever supply to vans?|How do you find your customers?|Would love to chat sometime.}",
    "{h} fellow {dog photographer|candle maker|potter|florist} here from {twn} 🐾 {Your beach shots are gorgeous|Your "
    "latest batch looks amazing|Love your style}. {What lens do you use?|Where do you get your wax?|How do you price "
    "commissions?}",
    "{h} I'm {nm}. I saw your post about {struggling with photography|pricing|getting stock in} and {I had the same "
    "problem|I've been there}, {happy to show you what helped me|a lightbox fixed it for me} if useful!",
    "{h} my name is {nm} and I {make leather wallets|run a small florist|run a bakery|do wedding cakes} ({bz}). {We "
    "met at the {twn} market|I think we have friends in common}. {How's the season going for you?|Are you doing the "
    "Christmas fair?}",
]

HN_COLLAB = [
    "{h} I'm {nm} from {bz}. {I love your work and|We have a similar audience and} I wondered if you'd be open to a "
    "{joint giveaway|collab post|pop-up together} sometime? {No worries at all if not!|Happy to chat about what works "
    "for you.}",
    "{h} we're planning a {makers' market|small business night|charity raffle} in {twn} in {May|June|October} and "
    "would love to have you, {would you be interested?|is that something you'd enjoy?}",
    "{h} I run a {podcast|blog|newsletter} about {small businesses|local makers|food in {twn}} and would love to "
    "feature you. Would you be up for a {chat|short interview}?",
    "{h} I'm {nm}, {a photographer|an illustrator|a baker|a ceramicist} in {twn}. I'd love to {collaborate|work "
    "together} on {a styled shoot|a Christmas collection|a workshop} — what do you think?",
]

HN_ANALYTICS2 = [
    "{Our page|The page|My page} hit {2,000|500|1k|10,000} {followers|likes} this morning{!!|!} Thank you all{ 🥳|!|}",
    "Reach is down {20%|40%|half} this month, {engagement|comments} {is|are} up though{. Anyone else?|.| 🤔}",
    "Why did my post {with the puppy|of the shop cat|about my bad day} get {300|1,200|90} likes and my {sale|product} "
    "post got {4|12|2} {😂|🙃|lol}",
    "Does boosting a post actually get real likes or just bots{?| 🤔|}",
    "{Facebook insights|Insights|Meta Business Suite} {say|says} most of my followers are online at "
    "{8pm|7am|lunchtime}{, good to know|!|.}",
    "{Lost|Gained} {50|120|300} {likes|followers} {overnight|this week} and no idea why{ 🤷‍♀️|.|}",
    "Is it better to have {500|1,000} engaged followers or {5,000|10,000} who never comment? {Asking for my "
    "page|Genuine question}",
]

HN_OWNPAGE2 = [
    "{NEW MENU|New menu|New stock|New colours} this week{!!|!| 🍜| 🎨} {Come try it Thursday to Sunday|Pop in and have "
    "a look|Available from Friday}",
    "We're closed {Monday|Tuesday|Sunday} for {staff training|a family wedding|a deep clean}, back "
    "{Tuesday|Wednesday|Monday} as usual{.|!}",
    "Fresh batch of {sourdough|cinnamon rolls|bagels} out at {10am|8am|noon}{, first come first served 🍞|!|.}",
    "Our {Christmas market stall|pop-up|stand} will be at {the Old Mill|the town hall|{twn} market} this "
    "{weekend|Saturday}{, come say hello!|!|.}",
    "Just restocked the {lavender soap|peanut brittle|large tote} everyone's been asking about{ 💜|!|.}",
    "Sale ends tonight at midnight{!|.} Thanks to everyone who's ordered this week{ 🙏|!|.}",
    "{Jo|Sam|Priya} from the {bakery|shop|studio} here{.|!} We're taking {Easter|Christmas|Mother's Day} orders from "
    "{Monday|the 1st|next week}{!|.}",
    "Behind the scenes at {bz} today: {packing orders|testing new scents|icing 200 cupcakes}{ 📦| ✨|!}",
    "{Meet the team|Say hi to} {nm}, our new {baker|groomer|stylist}! {She|He} starts {Monday|this week}{ 👋|!|.}",
]

HN_EVENTS = [
    "{h} {BBQ|Drinks|A few of us} at ours {Sunday|Saturday} from {2|4|7}, {bring the kids and a bottle|bring a "
    "chair|all welcome}{ 🍔|!|.}",
    "You're all invited to {Jack's christening party|Nana's 80th|our housewarming} at {the Rugby Club|the community "
    "hall|ours} {after the service|on Saturday|next Friday}{!|.}",
    "So sorry to hear about your {dad|mum|nan|grandad}, {nm}. {He|She} was {a gentleman|a lovely lady|one of a kind}. "
    "Thinking of you all{ 💔|.|}",
    "Deepest sympathies to you and your family{, {nm}|}{. {He|She} will be sadly missed.|.| 🕊️}",
    "Happy {40th|30th|21st|50th} birthday {nm}{!!|!} {Hope you're spoilt rotten|Have the best day|Enjoy every "
    "minute}{ 🎉🥂|!|}",
    "{h} are you coming to {the quiz|book club|the school disco|five-a-side} on {Friday|Thursday}? {We need a "
    "fourth|Let me know for numbers|}",
]

HN_TRAPS2 = [
    "{h} kindly {find attached the invoice for {March|April|June}|note the office will be closed on Friday|ensure all "
    "children have a packed lunch}{.|, thank you.}",
    "{h} please like this {post|comment} if you can make {Tuesday's meeting|the night out|training} so I can count "
    "numbers{.|!| 👍}",
    "{h} can everyone like this {comment|post} once you've paid for {the Christmas party|the trip|the kit} so I can "
    "keep track{?| 🎄|}",
    "{h} {my|your} turn to {host book club|do the school run|pick the film}{, bring wine 🍷|, I did today 😉|!|.}",
    "{h} follow {the signs to the car park at the back|the recipe exactly and it'll come out perfect|the path past "
    "the church}{.|!}",
    "{h} I followed your advice {about the sourdough|on the garden|with the toddler} and it worked!! Thank you{ 🙏|!|}",
    "{h} vote in the {local elections|school board election|referendum} on {Thursday|Friday}, it matters{!|.}",
    "{h} who are you voting for in {Bake Off|the final|the quiz}? I'm Team {Dan|Sue|blue}",
    "{h} just joined {the gym|the running club|a choir}, {wish me luck 😂|anyone else in it?|so nervous}",
    "{h} left a review for {the dentist|the vet|the Thai place}, they were {fab with my nervous son|brilliant|lovely}",
    "{h} DM me if you found a {black cat with a white paw|grey dog|set of keys} on {Elm Road|the green|Main St}, "
    "{he's|it's} ours",
    "{h} inbox me your address and I'll {post the invites|send the photos|drop the cake tin back}{ 💌|!|.}",
    "{h} share the {photos|video|recipe} with me when you get a chance{, I missed it|!|.}",
    "{h} join us for {coffee|the walk|quiz night} {after drop-off|Sunday morning|Thursday}{, all welcome!|?}",
    "{h} subscribe and save on {Amazon|the nappy site} is a great deal {btw|for nappies|honestly}",
    "{h} I sold my old {bike|sofa|pram} on Marketplace in {20 mins|an hour} lol",
]

# =============================================================== clean

CLEAN2_FAMILY = [
    "{h} {Mum|Mam|Dad} says dinner's at {6|7|half 5}, don't be late {again 😂|this time|}",
    "{h} can you {text me Sarah's number|grab bread on the way|feed the cat tonight|pick Ella up at 3}{?| pls|}",
    "{h} I'll drop the {casserole dish|ladder|cool box} back {tomorrow|Sunday|later}{, thanks for {dinner|lending "
    "it}|!| x}",
    "{h} who left the {gate|back door|freezer} open{?!|?| 🙄}",
    "{h} the kids are finally asleep{ 🙌|!} {wine time|time for a cuppa|Netflix and chill}",
    "{h} how's your {knee|back|mum|nan} after the {op|fall|hospital stay}?",
    "{h} {can't|cant} wait to see you all at {Christmas|Easter|the wedding}{ 🎄|!| x|}",
    "{Nan's|Grandad's|Mum's} {90th|80th|60th} today{!!|!} {🎂|} {Still sharper than all of us|Love you loads|What a "
    "legend}",
    "{h} {Jack|Aoife|Kemi} passed {his|her} {driving test|exams|grade 5 piano} first time{!!|!} {So proud 🚗|🎉|}",
    "{h} {sending hugs|love you lots|sleep well|miss you} xx",
]

CLEAN2_PLANS = [
    "{h} are we still on for {Thursday|Friday|tomorrow|the weekend}{?| 😊|}",
    "{h} dinner at mine {Saturday|Friday|Sunday}? I'll do a {curry|roast|chilli|pasta bake}",
    "{h} anyone want to share a taxi from the {airport|station} on {Friday|Sunday} night?",
    "{h} just booked {Lanzarote|Lisbon|Kerry|Crete} for {October|June|the summer}{, can't wait ✈️|!|!!}",
    "{h} I'll bring {crisps and dip|dessert|the drinks|a salad}{ 😋|!|.}",
    "{h} {omw|on my way|leaving now|5 mins away}{ 🚗|!|}",
    "{h} ok sounds good, see you {then|at {time}|there}",
    "{h} what time are we meeting at {the pub|the park|yours|the station}?",
    "{h} can we move {lunch|coffee|the catch up} to {next week|Thursday|after payday}? {Sorry!|Work is mad|}",
    "{h} {I'll|I can} drive{,| so} {you bring the snacks|pick you up at {time}|no need to get a taxi}",
]

CLEAN2_COMMENTS = [
    "{That sunset though|Gorgeous photo|What a view|Stunning}{ 😍| 🌅|!|}",
    "{Haha|Lol|Omg} no way{!!|!|} When did that happen?",
    "{10/10 would eat again|That looks delicious|Yum}{ 🍕| 🤤|!|}",
    "{Congratulations|Congrats} on your {engagement|new house|new arrival|promotion}{!!!|!} {So happy for you both "
    "💍|Well deserved|🎉|}",
    "{What a goal|WHAT A GOAL|Get in}{ 😱⚽|!!|}",
    "Beautiful {Bella|Max|Luna|Biscuit} 🐾 {she's|he's} getting so {grey|big|fluffy} bless {her|him}",
    "{Who remembers this place?|Throwback to the good old days|Miss those days} {😂|☀️|#throwback|}",
    "{Such a lovely evening|Great night|Lovely day}, thank you for having us{!|.| ❤️|}",
    "My first attempt at {sourdough|macarons|a lemon tart} 😂 {it's more of a frisbee|could be worse|be kind}",
    "Finally got the {garden|spare room|shed} done, {two years later|only took a year} {🌷|😅|}",
]

CLEAN2_COMMUNITY = [
    "{Bin men|The recycling lorry} didn't come again on {our road|Church St|the estate}, anyone else?",
    "Power cut on {Church St|the Green|Mill Lane}, anyone know what's going on?",
    "Road closed at the {roundabout|bridge|school}, use the back road{!|.}",
    "Reminder: {PTA meeting|residents' meeting|choir practice} moved to {Wednesday|Thursday} {7pm|at 8}",
    "Found a set of keys outside {Lidl|the library|the chipper}, message me if they're yours",
    "{Is the Tesco on Main St open 24 hours|Anyone know when the library reopens|Is the pool open on bank holidays}?",
    "School photos are next {Tuesday|Monday|week}{, don't forget the uniform!|!|.}",
    "{Snow day|Storm warning|Heatwave}!!! {⛄ schools closed|stay safe everyone|🥵 drink water}",
    "Can someone explain the new parking rules at the {school|hospital|train station}? 🤔",
    "{Just a reminder|Heads up}: the bottle bank is being moved {next week|to the church car park}",
]

FAMILIES = [
    # reciprocity_demand
    Family("train2-recip-fan-for-fan", RD, P, R_FAN, 55),
    Family("train2-recip-review-swap", RD, P, R_REVIEW, 65),
    Family("train2-recip-vote-share-swap", RD, P, R_SWAP, 65),
    Family("train2-recip-comment-pod-tag", RD, P, R_POD, 65),
    Family("train2-recip-guilt-threat", RD, P, R_GUILT, 75),
    Family("train2-recip-soft-favour", RD, P, R_SOFT, 90),
    Family("train2-recip-nonnative-kindly", RD, P, R_NONNATIVE, 60),
    Family("train2-recip-conditional-offer", RD, P, R_COND, 70),
    Family("train2-recip-buried-friendly", RD, P, R_BURIED, 70),
    # cold_pitch
    Family("train2-cold-free-sample", CP, P, C_SAMPLE, 55),
    Family("train2-cold-mlm-recruit", CP, P, C_MLM, 85),
    Family("train2-cold-services", CP, P, C_SERVICES, 85),
    Family("train2-cold-finance-invest", CP, P, C_FINANCE, 50),
    Family("train2-cold-catalogue-reply", CP, P, C_CATALOGUE, 60),
    Family("train2-cold-codes-currencies", CP, P, C_CODES, 70),
    Family("train2-cold-soft-struggle", CP, P, C_SOFT, 90),
    Family("train2-cold-buried-friendly", CP, P, C_BURIED, 70),
    Family("train2-cold-after-like", CP, P, C_AFTER_LIKE, 55),
    # unearned_ask
    Family("train2-unearned-drop-a-like", UA, P, UA_DROP, 75),
    Family("train2-unearned-support-small-biz", UA, P, UA_SUPPORT, 75),
    Family("train2-unearned-milestone", UA, P, UA_MILESTONE, 60),
    Family("train2-unearned-join-group-chat", UA, P, UA_JOIN, 70),
    Family("train2-unearned-vote-contest", UA, P, UA_VOTE, 70),
    Family("train2-unearned-comment-spam", UA, P, UA_SPAM2, 75),
    Family("train2-unearned-review-subscribe-share", UA, P, UA_REVIEW_SUB, 70),
    Family("train2-unearned-buried-friendly", UA, P, UA_BURIED, 60),
    # hard negatives
    Family("train2-hn-group-rules", NO, HN, HN_RULES, 80),
    Family("train2-hn-complaints-advice", NO, HN, HN_COMPLAIN, 130),
    Family("train2-hn-quoting-pushy", NO, HN, HN_QUOTING, 90),
    Family("train2-hn-thanks", NO, HN, HN_THANKS2, 90),
    Family("train2-hn-follow-back-ack", NO, HN, HN_FOLLOWBACK, 75),
    Family("train2-hn-like-senses", NO, HN, HN_LIKE2, 130),
    Family("train2-hn-customer-asks", NO, HN, HN_CUST2, 110),
    Family("train2-hn-business-answers", NO, HN, HN_BIZREPLY2, 95),
    Family("train2-hn-free-help", NO, HN, HN_FREEHELP, 60),
    Family("train2-hn-recommend-others", NO, HN, HN_RECOMMEND, 85),
    Family("train2-hn-friend-fundraiser", NO, HN, HN_FUNDRAISE2, 55),
    Family("train2-hn-ask-opinion", NO, HN, HN_OPINION2, 55),
    Family("train2-hn-introduction", NO, HN, HN_INTRO2, 75),
    Family("train2-hn-collab-proposal", NO, HN, HN_COLLAB, 60),
    Family("train2-hn-analytics", NO, HN, HN_ANALYTICS2, 70),
    Family("train2-hn-own-page-posts", NO, HN, HN_OWNPAGE2, 85),
    Family("train2-hn-events-condolences", NO, HN, HN_EVENTS, 75),
    Family("train2-hn-word-traps", NO, HN, HN_TRAPS2, 110),
    # clean
    Family("train2-clean-family", NO, CL, CLEAN2_FAMILY, 130),
    Family("train2-clean-plans", NO, CL, CLEAN2_PLANS, 130),
    Family("train2-clean-comments", NO, CL, CLEAN2_COMMENTS, 120),
    Family("train2-clean-community", NO, CL, CLEAN2_COMMUNITY, 110),
]


# =============================================================== v3b: gaps found on the hand-written part
# (a need-question followed by an offer; implied "you know the drill" reciprocity; long friendly
# messages with one pushy sentence -- and the same long friendly shape with no ask at all, so the
# friendly filler itself never predicts a flag)

SLOTS.update(
    {
        "need_q": [
            "Are you planning a wedding?",
            "Is your boiler over 10 years old?",
            "Moving house soon?",
            "Need a DJ for your party?",
            "Thinking about a new kitchen?",
            "Is your garden a jungle?",
            "Getting married next year?",
            "Struggling to find a good babysitter?",
            "Is your car due its MOT?",
            "Fed up of ironing?",
            "Want glowing skin for summer?",
            "Kids bored over the holidays?",
        ],
        "need_offer": [
            "We do packages from {cur}, book now before dates go!",
            "Free quote, just message me.",
            "I've got slots next week, {cur} an hour.",
            "We can sort it from {cur}, DM me.",
            "Our summer deal is {pc} off, reply YES for details.",
            "I run a service in {twn}, want me to pencil you in?",
            "Let me send you our packages 📩",
            "First session free, then {cur}.",
        ],
        "compl": [
            "You look like someone who appreciates nice things 😊",
            "You've got gorgeous skin already!",
            "Love your vibe!",
            "You seem like a real go-getter.",
            "Your page tells me you love a bargain 😉",
            "Anyone who follows us clearly has great taste.",
        ],
        "compl_offer": [
            "we've just launched a new range of {stuff}, take a look!",
            "try our {stuff}, first box half price 🌸",
            "you'd love our {stuff}, want me to send you the link?",
            "I think our {stuff} would suit you perfectly, they're only {cur}.",
        ],
        "long_a": [
            "I hope you don't mind me messaging out of the blue, I've been admiring your page for a while now.",
            "It's been the longest week, the baby's teething and the washing machine packed in on Tuesday.",
            "I saw your post about the rescue dog and honestly it made my day, she looks so happy now.",
            "We're only just back from visiting my mum in {twn}, eight hours in the car with two kids 😅",
            "Congrats on the new premises by the way, it looks amazing from the photos.",
        ],
        "long_b": [
            "I've been doing my own little business on the side for about a year now and it's slowly growing.",
            "Work has been mad but I'm trying to spend more time on the things I enjoy.",
            "We finally got the garden sorted, so now I'm sitting out there every evening with a cuppa.",
            "My daughter started dance classes and she's obsessed, we hear the same song all day.",
            "I'm trying to post more on here but I never know what to say half the time haha.",
        ],
        "long_c": [
            "Anyway I'll let you get on, hope the rest of your week is good!",
            "Sorry for the essay haha, have a lovely evening.",
            "Hope to bump into you at the market soon.",
            "Give the pup a cuddle from me!",
            "Right, school run time, speak soon x",
        ],
        "harmless_mid": [
            "What made you start your business?",
            "Do you do the Christmas fair in {twn}?",
            "Where do you get your packaging from, if you don't mind me asking?",
            "I've followed you because your posts always cheer me up.",
            "Thanks again for liking my photos from the craft fair.",
            "My page is still tiny but I'm loving it, it's mostly my baking experiments.",
            "I'd love to hear how you got started if you ever have time.",
            "I saw you followed back, thank you, that was kind.",
        ],
    }
)

C_NEED = [
    "{h} ⟦{need_q} {need_offer}⟧",
    "{h} {tl} ⟦{need_q} {need_offer}⟧",
    "⟦{need_q} {need_offer}⟧ {fr_c}",
]
C_COMPL = [
    "{h} ⟦{compl} {compl_offer}⟧",
    "{h} {tl} ⟦{compl} {compl_offer}⟧",
    "{h} {compl} ⟦{Anyway|So|Btw}, {compl_offer}⟧",
]
R_IMPLIED = [
    "{h} ⟦{liked|followed|shared|liked and followed} {everything|all your posts|your page}, you know {the drill|what "
    "to do}{ 😉| 😘|!|}⟧",
    "{h} ⟦{watched|finished} your {video|reel|vlog} to the end 😉 return the {watch time|favour|view}?⟧",
    "{h} ⟦{I commented on yours|I've been commenting on yours} too, so {keep it up|keep commenting on mine} and we'll "
    "both get seen{!| 😊|}⟧",
    "{h} ⟦{liking|sharing} all of your {posts|reels} rn, you know what to do{ 😉|!|}⟧",
    "{h} ⟦I support you, you support me{!|,|.} {that's how we grow|that's how it works|small businesses stick "
    "together}⟧{ 🤝|}",
    "{h} ⟦{supported|liked} your page, {please|now} support mine{ 🙏|!|}⟧{ small business helping small business|}",
    "{h} ⟦{I scratch your back, you scratch mine|one good turn deserves another}{ 😉|!|}⟧ {liked your page just "
    "now|just followed you}",
]
R_LONG = [
    "{h} {long_a} {long_b} ⟦{Anyway|So}, I've {liked|followed} your page, would you mind {liking|following} mine "
    "back?⟧ {long_c}",
    "{h}\n\n{long_a}\n\n{long_b} ⟦I liked all your recent posts, so it'd be lovely if you returned the "
    "favour.⟧\n\n{long_c}",
    "{long_a} ⟦I left you a lovely review last week, it'd mean a lot if you left one for me too.⟧ {long_b} {long_c}",
    "{h} {long_a} ⟦PS I followed you, follow me back!⟧",
]
C_LONG = [
    "{h} {long_a} {long_b} ⟦If you ever fancy some {stuff}, they're {cur} and I can post them out.⟧ {long_c}",
    "{h}\n\n{long_a}\n\n⟦I'm actually looking for a few people to join my team, it's flexible and you can do it from "
    "your phone, would you be open to hearing more?⟧\n\n{long_c}",
    "{long_a} {long_b} ⟦We do {svc} too, so if you need a hand I can send over a quote.⟧ {long_c}",
]
U_LONG = [
    "{h} {long_a} {long_b} ⟦Could you give my page a like? It's {bz}.⟧ {long_c}",
    "{h}\n\n{long_a}\n\n⟦Would you mind sharing my page with your friends?⟧\n\n{long_c}",
    "{long_a} ⟦Please vote for my shop in the {vote_for}!⟧ {long_b} {long_c}",
]
HN_LONG = [
    "{h} {long_a} {long_b} {harmless_mid} {long_c}",
    "{h}\n\n{long_a}\n\n{harmless_mid}\n\n{long_c}",
    "{long_a} {harmless_mid} {long_b} {long_c}",
    "{h} {fr_a} {fr_b} {harmless_mid} {fr_c}",
    "{h} {tl} {fr_a} {harmless_mid} {fr_c}",
]
HN_GROWTH_TALK = [
    "{I'm trying|Trying} to get more {likes|followers} on my page without being spammy, {any advice|tips welcome|what "
    "works for you}?",
    "Just started my page and I refuse to be one of those {'like my page'|'follow back'|'hey hun'} people{ lol|.| 😂}",
    "How do you {grow a page|get followers|find customers} without {spamming your friends|begging for likes|pitching "
    "strangers}?",
    "{Is it weird|Is it ok} to message people who {liked|followed} my page to say thanks? I don't want to seem "
    "{salesy|pushy}",
    "What's a good way to {welcome|thank} new followers without {selling to them|asking for anything}?",
    "I {stopped|quit} asking for likes and started replying to every comment, {reach doubled|much better "
    "results|people actually buy now}",
    "Should I {follow back|like back} everyone who {follows|likes} my page? {Feels fake|Genuinely asking|Not sure "
    "what's normal}",
]

FAMILIES += [
    Family("train2-cold-need-question-offer", CP, P, C_NEED, 70),
    Family("train2-cold-compliment-pitch", CP, P, C_COMPL, 50),
    Family("train2-cold-long-friendly", CP, P, C_LONG, 50),
    Family("train2-recip-implied-drill", RD, P, R_IMPLIED, 70),
    Family("train2-recip-long-friendly", RD, P, R_LONG, 50),
    Family("train2-unearned-long-friendly", UA, P, U_LONG, 50),
    Family("train2-hn-long-friendly-no-ask", NO, HN, HN_LONG, 150),
    Family("train2-hn-growth-talk", NO, HN, HN_GROWTH_TALK, 70),
]

CLEAN2_WORK_SCHOOL = [
    "{h} {is the|did you see the} email about {the rota|Friday's training|the new car park passes}{?| 🙄|}",
    "{h} can you cover my shift {on Saturday|Tuesday morning|next Sunday}? I'll swap you {for Thursday|any day next "
    "week}",
    "{h} {is|was} {homework|the spelling test|the school trip money} due {tomorrow|Friday|this week}?",
    "{h} {has anyone|did anyone} find a {blue lunchbox|navy school jumper|water bottle with a dinosaur on it} after "
    "{football|PE|the disco}?",
    "{h} {leaving do|Christmas night out|team lunch} is {Friday|the 15th|next Thursday} at {the Crown|Nando's|the "
    "Italian place}{, who's in?|!|.}",
    "{h} {the printer's|the coffee machine's|the wifi's} broken again{ 😩|!|, I've reported it}",
    "{h} {can|could} you {send me the notes from|remind me what time} {the meeting|the parents' evening|today's "
    "lecture}{?| pls|}",
    "{h} {well done|congrats} on {the presentation|passing probation|your first week}{!| 👏|, you smashed it}",
    "{h} {is|are} {the nursery|the pool|the library} {open|shut} on {bank holiday Monday|Good Friday|Christmas Eve}?",
    "{h} {ran out of|forgot} {milk|nappies|bin bags}, {anyone heading to|is anyone near} {the shop|Tesco|the Spar}?",
]
for f in FAMILIES:
    if f.group.startswith("train2-clean-"):
        f.n += 25
    if f.group in (
        "train2-unearned-drop-a-like",
        "train2-unearned-support-small-biz",
        "train2-unearned-vote-contest",
        "train2-unearned-review-subscribe-share",
    ):
        f.n += 15
FAMILIES.append(Family("train2-clean-work-school", NO, CL, CLEAN2_WORK_SCHOOL, 120))
for f in FAMILIES:
    if f.group in (
        "train2-hn-word-traps",
        "train2-hn-like-senses",
        "train2-hn-long-friendly-no-ask",
        "train2-hn-customer-asks",
        "train2-hn-business-answers",
    ):
        f.n += 20
