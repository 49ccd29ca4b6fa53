"""Third batch of training template families for models/data/train.jsonl (train split only).

Mostly harmless messages (`train3-*` groups, label none) that use the words pushy drafts use --
like, follow, page, share, shop, order, price, DM, check out, join, vote, review, please,
kindly, your turn -- in the many contexts where they are fine: business owners answering their
own customers, customers writing to businesses, friends chatting about their pages, admins,
jokes about spam, marketing advice, community events, logistics, thanks with no ask, link
replies, recommendations, job posts. Plus a few subtle positives (one pushy sentence in a warm
message, soft pitches, polite reciprocity) so that "long and friendly" is no shortcut to clean.
"""

import families_swaps_schemes_and_traps as tf2
from engine import Family, Voice

P, HN, CL = "positive", "hard_negative", "clean"
RD, CP, UA, NO = "reciprocity_demand", "cold_pitch", "unearned_ask", "none"

SLOTS = dict(tf2.SLOTS)
SLOTS.update(
    {
        "pn": [
            "Aoife",
            "Tunde",
            "Carmen",
            "Wojtek",
            "Hana",
            "Kofi",
            "Bernie",
            "Lakshmi",
            "Declan",
            "Ifeoma",
            "Paulo",
            "Greta",
            "Marcus",
            "Sunita",
            "Ruairí",
            "Thandi",
            "Josh",
            "Mei",
            "Abdul",
            "Fiona",
            "Gloria",
            "Ravi",
            "Lena",
            "Uncle Joe",
            "Mrs Kaur",
            "Tomás",
        ],
        "hy": [
            "",
            "",
            "",
            "Hi",
            "Hey",
            "Hello",
            "Hiya",
            "Hi {pn}",
            "Hey {pn}",
            "Morning {pn}",
            "Hello {pn}",
            "Hi there",
            "Hey hun",
            "Good morning",
            "Hi love",
            "Yo",
            "Heyyy",
            "Dear {pn}",
            "Hi again",
            "Ah {pn}",
        ],
        "o": ["{hy}{!|,|.|!!| 😊| 👋|}"],
        "shop3": [
            "Butter & Bloom",
            "The Cosy Crumb",
            "Maple Lane Candles",
            "Tidy Paws Grooming",
            "Sole Sisters Shoes",
            "Fern & Fable Books",
            "Kwame's Kitchen",
            "The Knit Nook",
            "Honeybee Nails",
            "Rosa's Tamales",
            "Harbour Bikes",
            "Little Acorn Toys",
            "Chai & Chat Café",
            "Oak & Ember BBQ",
            "Velvet Fox Vintage",
            "Sunrise Laundrette",
            "Dublin Doughnut Co",
            "Mama Ngozi's Jollof",
        ],
        "item3": [
            "the sourdough loaf",
            "the lavender soap",
            "the blue hoodie",
            "a dozen brownies",
            "the oak chopping board",
            "the birthday box",
            "the small candle",
            "the gift hamper",
            "the size 8 trainers",
            "the crochet bear",
            "2 jars of chilli jam",
            "the vintage denim jacket",
            "a tray of samosas",
            "the baby blanket",
            "the lemon drizzle",
            "the leather wallet",
            "the succulents",
            "the phone case",
        ],
        "pr3": [
            "£6",
            "£12.50",
            "€15",
            "€8 each",
            "$20",
            "$35 with shipping",
            "₦4,000",
            "R150",
            "₹300",
            "KSh 800",
            "£4 or 3 for £10",
            "€22",
            "$9",
            "AU$28",
            "£18 delivered",
            "₱450",
        ],
        "day3": [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "tomorrow",
            "this afternoon",
            "Saturday morning",
            "next week",
            "the 12th",
        ],
        "tm3": ["9", "10am", "half 11", "noon", "2pm", "3", "4:30", "5", "6pm", "7:30"],
        "place3": [
            "the market",
            "the shop",
            "the church hall",
            "the school gate",
            "the farmers market",
            "the pop-up",
            "the community centre",
            "the car boot",
            "the stall",
        ],
        "town3": [
            "Galway",
            "Preston",
            "Ibadan",
            "Davao",
            "Pretoria",
            "Cardiff",
            "Sligo",
            "Coventry",
            "Mombasa",
            "Kumasi",
            "Perth",
            "Ohio",
            "Wexford",
            "Glasgow",
        ],
        "n3": ["50", "100", "200", "250", "300", "500", "750", "1,000", "1k", "2k", "150", "400"],
        "platform3": [
            "page",
            "shop page",
            "Insta",
            "business page",
            "Etsy shop",
            "TikTok",
            "website",
            "YouTube channel",
        ],
        "em3": ["", "", "", " 😊", " 🙏", " ❤️", " 😂", " 🥰", " 👍", " 🎉", " 😅", " 💕", " 🙌🏽", " x", " xx"],
        "pushy3": [
            "now like mine",
            "l4l?",
            "follow for follow",
            "hey hun, quick question 💕",
            "be your own boss!!",
            "like my page pls",
            "I followed, your turn",
            "DM me for prices",
            "join my team",
            "drop a like",
            "sub4sub",
            "just pay shipping",
            "I liked yours so like mine",
            "review for review?",
            "check out my page",
            "share my page pls",
            "kindly like my page",
            "vote for me pls",
        ],
        "job3": [
            "part-time barista",
            "weekend kitchen porter",
            "delivery driver",
            "Saturday shop assistant",
            "receptionist",
            "childminder",
            "cleaner (2 mornings a week)",
            "carpenter's apprentice",
            "pot washer",
            "dog walker",
            "market stall helper",
            "bookkeeper",
        ],
    }
)

VOICE = Voice(lower=0.15, caps=0.05, slang=0.15, typo=0.15, emoji=0.3, noapos=0.12, curly=0.12)

# ============================================================ business owner to own customers

HN_PRICE = [
    "{o} {yes|yep|yeah} {item3} is {pr3}{, still in stock|, got a few left|. Want me to put it aside?|!|.}",
    "{o} thanks for asking! {item3} {is|comes to} {pr3}{ and I can post it|, collection is free|.}",
    "{o} the price you asked about is {pr3} for {item3}{, delivery is extra|, happy to hold it till {day3}|.}",
    "@{pn} {it's|its} {pr3} hun{, I'll message you the details|!| 👍}",
    "{o} sorry for the slow reply! {item3} {is|was} {pr3} but {I'm|we're} sold out till {day3}{ 😩|.}",
    "{o} to answer your question, {item3} {is|costs} {pr3}. {Let me know if you want it.|No rush at all.|}",
    "{o} {you asked about|re your question on} {item3}: {pr3}{, or {pr3} for two|.}",
    "{o} yes we do the bigger size too, it's {pr3}{, same colours|.}",
]

HN_ORDER_STATUS = [
    "{o} your order {went out|was posted|shipped} {today|this morning|yesterday}{, tracking to follow|!| 📦}",
    "{o} {just checked|I checked}: your order is {packed|on the van|at the depot} and should {arrive|be with you} "
    "{day3}{.|!}",
    "{o} so sorry your {parcel|order} is late{, the courier lost a day|, I've chased it|}. {I'll update you "
    "{day3}.|Thanks for your patience.}",
    "{o} your {cake|order|box} is ready for collection from {tm3} {day3}{.|!| 🎂}",
    "{o} {got|received} your order, thank you{!|!!}{ I'll have it ready by {day3}.| It'll be posted {day3}.}",
    "{o} just letting you know your refund {has gone through|is processed}{, sorry again about the mix-up|.}",
    "Order update for {pn}: {item3} {is on its way|is out for delivery|arrives {day3}}{ 🚚|.|}",
]

HN_HOURS = [
    "{o} {yes|yep} we're open {day3} from {tm3} till {tm3}{!|.}",
    "{o} we're {closed|shut} {day3} for {a family wedding|stocktake|the bank holiday}, back as normal after{.| 😊}",
    "{o} {item3} is back in stock {day3}{, I'll keep one for you|!|.}",
    "{o} {restock|new batch} of {item3} lands {day3}, {I'll message you when it's in|you're first on the list}{.|!}",
    "{o} we'll be at {place3} in {town3} {day3} from {tm3} if you want to {collect|see it in person}{.|!}",
    "{o} sorry, {item3} is sold out for now{, more coming {day3}|}.",
    "{o} our Christmas hours: open till {tm3} every day{ except Sunday|}{.|!}",
]

HN_DELIVERY = [
    "{o} thanks for ordering! DM me your address for the delivery{ 😊|.| and I'll get it out {day3}}",
    "{o} {perfect|lovely|great}, {send|pop} me your {address|postcode|Eircode} in a DM and I'll {book the "
    "courier|post it {day3}}{.|!}",
    "{o} {can you DM me|could you message me} {your phone number|the delivery address} so the driver can {find "
    "you|ring ahead}{?| please?}",
    "{o} {got your payment|payment received}, thank you! {just need your address|what's the address} for "
    "{delivery|the parcel}{?|.}",
    "{o} if you DM me {a photo of the space|your measurements}, I'll {make sure it fits|cut it to size} before "
    "{delivery|I post it}{.|!}",
]

HN_REQUESTED_CODE = [
    "{o} you asked about the discount{ 😊|}: the code is {cd}{, works till {day3}|.}",
    "{o} as promised, here's the code you asked for: {cd}{ 👍|.|}",
    "{o} {sorry|oops}, {I forgot|forgot} to send the code you asked for! It's {cd}{.| x}",
    "{o} {the student discount|the NHS discount|the loyalty discount} you asked about is {pc}, just {show your "
    "card|mention it at the till}{.|!}",
    "{o} yes the code {still works|is still valid} until {day3}{, sorry it didn't go through|}{.|!}",
]

# ============================================================ customers to businesses

HN_CUSTOMER = [
    "{o} do you do {gluten free|vegan|dairy free|nut free} {options|cakes|bread}{?|??}",
    "{o} I'd like to order {item3} for {day3}{ please| if possible|}{.|!}",
    "{o} can I pay by {card|PayPal|bank transfer|cash} {on collection|when I pick up|}{?|??}",
    "{o} {is|was} {item3} still available{?| or has it gone?}",
    "{o} what's your turn-around time on {custom orders|alterations|a 3 tier cake}{?| roughly?}",
    "{o} do you {deliver|post} to {town3}{?| or is it collection only?}",
    "{o} I saw your post about {item3}, could I reserve one{?| for {day3}?}",
    "{o} {just|I just} placed an order{, can I change the colour to green?|, can I add a card?|, is it too late to "
    "change the date?}",
    "{o} do you have {item3} in {a bigger size|another colour|stock} at {place3}{?| {day3}?}",
    "{o} {please|pls} {can you|could you} {send me the invoice|confirm my booking|check my order} {when you get a "
    "sec|thanks|}{.|!}",
]

# ============================================================ friends about their pages/businesses

HN_MILESTONE_FRIENDS = [
    "{finally|Finally|omg finally} hit {n3} likes on my {platform3}{!!|!| 🎉|, thank you all}",
    "{o} {{n3} followers|{n3} likes} on the {platform3} today, I {can't believe it|am buzzing|nearly cried}{!|{em3}}",
    "{o} did you see {my new page banner|the new logo on my page|the new cover photo}? {what do you think|be "
    "honest|{em3}}",
    "{o} {my|our} {platform3} just passed {n3} {followers|likes} and I only started in {March|the "
    "summer|lockdown}{!|{em3}}",
    "{o} my {platform3} {post|reel|video} got {n3} shares overnight{ 😳|, no idea why|!}",
    "{o} {the|my} {platform3} is {slowly|finally} growing{, {n3} now|}{. Thanks for always cheering me on|!|{em3}}",
]

HN_NERVES = [
    "{o} my shop page is live{, so nervous|!! eek| 😬| and I feel sick}",
    "{o} {just|finally} {launched|opened|published} my {platform3}{ and I keep refreshing it| and I'm shaking|{em3}}",
    "{o} {be honest|honest opinion}, does my {platform3} look ok? {I've changed the photos 5 times|not sure about the "
    "font}",
    "{o} I {posted|put up} my first {product|listing|video} on my {platform3} {today|last night}{, terrifying|, wish "
    "me luck|{em3}}",
    "{o} {I'm|im} {thinking of|about to} {starting|start} a {platform3} for my {baking|candles|crochet|photos}, is "
    "that mad{?| 😅}",
    "{o} {nobody|no one} warned me how {scary|weird|exciting} it is {to post your own work|putting your stuff out "
    "there}{ lol|!|{em3}}",
]

HN_THANKS_SHARE = [
    "{o} thanks {so much|a million|loads} for sharing my post{!!|!|{em3}}",
    "{o} thank you for sharing {the lost dog post|my fundraiser|the job ad|my daughter's event}{, it {reached|got to} "
    "{n3} people|!|{em3}}",
    "{o} {saw|noticed} you shared my {page|post|reel}{, you're a star|, thank you|!|{em3}}",
    "{o} {thanks|thank you} for {the share|sharing}, {my aunt in {town3} saw it|three people messaged because of "
    "you|made my day}{!|{em3}}",
    "{o} {thank you|thanks} for the {lovely review|5 stars|kind review}{, it means so much|, made my week|!|{em3}}",
    "{o} thanks for {the follow|following the page|all the likes}{ 😊|!|, hope you enjoy the posts|.}",
    "{o} {cheers|thanks} for {liking|commenting on} {the photos|my post|the new page}{, you're the best|!|{em3}}",
]

HN_CONGRATS = [
    "{o} so proud of you, your shop looks amazing{!!|!|{em3}}",
    "{o} {congrats|congratulations|huge congrats} on {opening the shop|the new page|your first market|the "
    "launch}{!|!!|{em3}}",
    "{o} {your|ur} {platform3} looks {so professional|gorgeous|amazing}{, well done|, you should be proud|!|{em3}}",
    "{o} {just saw|saw} your {shop|salon|stall} {opening|launch} post{, I'm so happy for you|, best of luck|!|{em3}}",
    "{o} {look at you|wow}, {n3} {likes|followers} already{!| 👏|, deserved}",
    "{o} {I|we} {loved|love} the {cake|candles|prints} we got from you{, everyone asked where it was from|!|{em3}}",
]

HN_ADMIN = [
    "{o} please read the group rules before posting{.| 🙏|, thanks!}",
    "{No selling in this group|No selling here}{ please|, thanks|}{.|!} {Promo day is Friday.|Use the weekly thread.|}",
    "{No l4l posts|No like-for-like posts|No follow-for-follow posts}{ please|, they get deleted|.}",
    "{Admin|Mod} note: {please keep it kind|please stay on topic|no links in comments}{.|!|, thank you}",
    "{Post|Comment} removed: {no advertising|no page links|no begging for likes} outside the promo thread{.|!}",
    "{Please|Kindly} {tag|share} {your own work only|photos you took yourself} in the {challenge thread|weekly "
    "thread}{.|!}",
    "Welcome to our {n3} new members! {Please|Kindly} introduce yourselves below{ 👋|.|}",
]

HN_MLM_JOKES = [
    "{o} got another '{pushy3}' message {today|this morning}{ 🙄| lol| 😂|}",
    "{o} lol someone {literally|actually} sent me '{pushy3}' {at 2am|on my birthday|while I was at work}{ 😂|}",
    "{Imagine|Imagine actually} sending '{pushy3}' to {a stranger|your old teacher|your ex}{ 💀| 😂|}",
    "{o} {my mum|my nan|my sister} {keeps getting|got} '{pushy3}' {messages|DMs} {and asked me what it means|from a "
    "bloke in {town3}}{ 😂|}",
    "{o} if you {send me|DM me} '{pushy3}' I'm {blocking you|not replying|screenshotting it}{ lol|, sorry|}",
    "{Another|one more} 'hey hun' {message|DM} {from someone I haven't spoken to since school|in my inbox} 😂",
]

HN_ADVICE = [
    "{don't|Don't|dont} ask strangers for likes, {post good content|answer your comments|just be useful}{.|!}",
    "{Best|Honest} {advice|tip}: {reply to every comment|show your process|post consistently} and {the likes "
    "come|people find you}{.|!}",
    "{o} {what's|whats} the best time to post on {Facebook|Insta} for a {bakery|salon|craft page}{?| genuinely asking}",
    "{Ads|Paid ads|Boosting posts} {worked better|didn't work} for my {bakery|shop|page} than {begging friends for "
    "shares|asking for likes}{, fwiw|.}",
    "{o} {any|Any} tips for {product photos|writing captions|pricing handmade stuff} on a {small|tiny} {budget|page}?",
    "If {people|customers} {love|like} your {stuff|work} they'll share it, {no need to ask|you don't need to beg}{.|!}",
]

HN_COMMUNITY = [
    "{o} {remember to|don't forget to} vote in the {local|council|general} election {day3}{!|.|, polls close at 10}",
    "{o} join us at the fundraiser {day3} at {place3}{!|, bring the kids|{em3}}",
    "{Please|Pls} share to help find my lost {dog|cat} in {town3}{ 🙏|, she's scared of cars|.}",
    "{o} {the|our} {street party|litter pick|bake sale} is {day3} from {tm3}{, all welcome|!|{em3}}",
    "{o} {blood drive|vaccine clinic|free eye tests} at {place3} {day3}, {no booking needed|walk-ins welcome}{.|!}",
    "{o} {the|our} {school|club} {raffle|quiz night} is {day3}{, tickets at the door|!|{em3}}",
    "{o} {road closed|diversion|no parking} on {Main St|the high street|Church Road} {day3} for the "
    "{parade|marathon}{.|!}",
]

HN_SENSES = [
    "{o} follow the signs to {parking|the car park|reception} {when you arrive|from the main gate}{.|!}",
    "{o} check out time is {11|10|noon}{, but you can leave bags at reception|.}",
    "{o} {in order to|so we can} {book the venue|get the discount|reserve tables} we need {numbers|a deposit} by "
    "{day3}{.|!}",
    "{o} {let's|shall we} share the bill{?| or do you want to do it separately?|.}",
    "{o} {join|jump on} the call at {tm3}{, link's in the calendar|!|.}",
    "{o} I'd like to {come|bring my mum|stay a bit longer} if {that's ok|there's room}{.|!|{em3}}",
    "{o} {shall|can} we {check out|have a look at} {the new park|that Thai place|the car boot} {day3}{?|!}",
    "{o} {like|Like} I said, {we're leaving at {tm3}|the key is under the mat|it's fine}{.|!}",
    "{o} the kids {like|love} {the new teacher|swimming|the library} {so much|now}{!|{em3}}",
    "{o} {could you|can you} follow up with {the landlord|the school|the garage} {day3}{?| please?}",
]

HN_TURN = [
    "{o} my turn to drive {day3}{, you did last week|!|.}",
    "{o} whose turn is it to {host|cook|do the school run|bring snacks} {day3}{?|? I think it's yours 😂}",
    "{o} {what's|what is} your turn-around time on {edits|prints|quotes}{? no rush|?}",
    "{o} the {paint|wool|fabric} {I ordered|we ordered} is on back order{, ugh|!|.}",
    "{o} {put|keep} the {files|photos|books} in order {of date|by name|please}{.|!}",
    "{o} your turn {to pick the film|on the PlayStation|to choose} {lol|😂|!}",
    "{o} {shop|shopping} {day3}, {need anything|want anything|list is on the fridge}{?|.}",
]

HN_THANKS_REVIEW = [
    "{o} {thank you|thanks} for {the review|your review|leaving a review}{, it made our day|!|{em3}}",
    "{o} {we|I} {really|truly} appreciate {the follow|the 5 stars|your lovely words}{. Enjoy the "
    "{cake|candles|books}!|!|{em3}}",
    "{o} {thanks|thank you} for voting for {our school|the community garden|us} in the {awards|grant}{ - we "
    "won!|!|{em3}}",
    "{o} {thanks|thank you} for {following back|the follow back}{ 😊|, lovely to connect|!}",
    "{o} {saw|noticed} your {kind|lovely} comment on {our|the} page{, thank you|, made my week}{!|{em3}}",
]

HN_INTRO = [
    "{o} I'm {pn}, I run a small {bakery|pottery studio|bike shop} in {town3}. {How did you get into|How long have "
    "you been doing} {weaving|photography|this}?",
    "{o} I {found|came across} your page through {pn}{, love your work|}. {Do you do markets in {town3}?|Where do you "
    "get your wool?|What glaze is that?}",
    "{o} I'm new to the group{, I make candles|, I knit}. {Anyone else from {town3}?|What's everyone working on?}",
    "{o} I {liked|followed} your page because {your bread looks unreal|I love the colours}{, how do you get that "
    "crust?|! What kilns do you use?}",
    "{o} I'm {pn}'s {cousin|neighbour|friend}, {she|he} said you're the person to ask about {{topic}|selling at "
    "markets}. {Any tips?|Hope that's ok!}",
]

HN_LINK_REPLY = [
    "@{pn} {you asked for the link|here's the link you asked for}: {lk}{ 😊|}",
    "{o} {since|as} you asked, my page is {lk}{, no pressure at all|{em3}}",
    "{o} yes that's me! the page is {at}{ 😊| haha|}",
    "{o} {sure|of course}, {here you go|here it is}: {lk}{!|{em3}}",
    "{o} {you wanted|you asked for} the {menu|price list|size chart}, here: {lk}{.|!}",
]

HN_RECOMMEND = [
    "{o} {you have to|you should} check out {shop3} in {town3}{, best {cakes|coffee|service} ever|!|{em3}}",
    "{o} {highly recommend|big shout out to} {shop3}{ for my daughter's cake| for the flowers|}, {so "
    "lovely|fab|amazing}{!|{em3}}",
    "{o} if you need {a plumber|a cake|flowers|a photographer}, {pn} {is brilliant|did ours}{, I'll send you the "
    "number|.}",
    "{o} {{pn}'s|my cousin's|my friend's} page is {so good|fab}, {she|he} does {knitwear|pet portraits|wedding "
    "cakes}{. Check it out if you're looking!|!}",
    "Someone asked for a {good|reliable} {mechanic|hairdresser|caterer}, {shop3} {sorted me out|never let me "
    "down}{.|!}",
]

HN_JOBS = [
    "{We're|We are} hiring{!|.} {job3} wanted at {shop3}{, DM or pop in|, apply in store|.}",
    "{o} {volunteers|helpers} {needed|wanted} for {place3} {day3}{, even an hour helps|!|{em3}}",
    "{o} {anyone|does anyone} know a {job3} looking for work in {town3}{?| ?}",
    "{Join|Come join} our team! {shop3} is looking for a {job3}{, message us for details|.}",
    "{o} the food bank {needs|is looking for} {drivers|packers|volunteers} {day3}{, sign up at the door|.}",
]

HN_PRODUCT_CHAT = [
    "{o} {have you tried|did you try} the {new|} {air fryer|Dyson|robot hoover} yet{?| is it worth it?}",
    "{o} {which|what} {phone|pram|car seat|laptop} did you end up {buying|getting}{?| in the end?}",
    "{o} {I|we} {ordered|got} the {same|matching} {sofa|rug|trainers} {lol|😂|!}",
    "{o} is {Aldi|Lidl|Costco} {cheaper|worth it} for {nappies|coffee|meat}{?| genuinely}",
    "{o} {returned|sent back} the {jacket|boots|blender}{, didn't like the fit|, broke in a week|}{.|!}",
]

HN_POLITE = [
    "{o} kindly {confirm|let me know} {the time|the address|if you got my email} for {day3}{, thank you|.}",
    "{o} {please|pls} {can you|could you} {bring|pick up} {the chairs|milk|the kids} {on your way|{day3}}{?| x}",
    "{o} {please|kindly} {find attached|see attached} {the invoice|the minutes|the rota}{.|, thanks.}",
    "{o} {please|kindly} {remember|don't forget} {the permission slips|your packed lunch|to sign in} {day3}{.|!}",
    "{o} {would you like|do you want} {tea or coffee|a lift|some of the leftovers}{?| 😊}",
]

HN_LONG_WARM = [
    "{o} {long_a} {long_b} {I saw|Just saw} you {hit {n3} likes on the page|shared my post last week}{, that made my "
    "day|, thank you}. {long_c}",
    "{o}\n\n{long_a}\n\nThanks again for {following|liking|sharing} {the page|my post}, {it really means a lot|it was "
    "lovely to see your name pop up}.\n\n{long_c}",
    "{o} {fr_a} {fr_b} Your {shop|page} looks {amazing|so professional} now, {so proud of you|honestly well done}. "
    "{fr_c}",
    "{o} {long_b} {Did you see|Have you seen} the new {banner|logo} on my page? {My niece designed it|I did it "
    "myself}. {long_c}",
]

HN_NONNATIVE = [
    "{o} please {sir|madam|dear} what is the price of {item3}{?| kindly reply}",
    "{o} i want to order {item3}, how i can pay{?| please}",
    "{o} {thank you|thanks} {dear|sister|brother} for {liking|following} my page, God bless you{ 🙏|}",
    "{o} {my|the} order is not reach me yet, kindly {check|help me check} {please|}",
    "{o} {your|ur} shop is very nice, {I am|am} happy for you {my sister|my brother|dear}{ 🙏|!}",
]

# ============================================================ clean

CL_LOGISTICS = [
    "{o} {running|I'm running} {10|15|20} {mins|minutes} late{, sorry|!| 🙈}",
    "{o} {can|could} you {grab|pick up} {bread|milk|the dry cleaning} on the way home{?| x}",
    "{o} {what time|when} {is|does} {the match|the party|dinner|the bus} {start|leave} {day3}{?|??}",
    "{o} {left|I left} my {keys|charger|umbrella} at yours{, can I get it {day3}?| 🤦‍♀️}",
    "{o} {the|our} {flight|train|bus} is at {tm3}{, leaving at {tm3}|}{.|!}",
    "{o} {see you|meet you} at {the station|the café|the gym|the gate} at {tm3}{!|.|{em3}}",
    "{o} {heating's|boiler's|wifi's} {off|broken} again{, ringing the landlord|!|{em3}}",
]
CL_FAMILY = [
    "{o} {happy|Happy} birthday {pn}{!!|! Have the best day|{em3}}",
    "{o} {how's|how is} {your mum|the baby|your knee|the new job} {doing|getting on}{?| x}",
    "{o} {miss|missing} you {loads|so much}{, come visit soon|{em3}}",
    "{o} {the kids|the boys|the girls} {loved|had a ball at} {the zoo|the beach|the party} {today|yesterday}{!|{em3}}",
    "{o} {dinner|tea} {is at|at} {tm3}{, don't be late|, bring a dessert|}{!|{em3}}",
    "{o} {safe travels|drive safe|text me when you land}{ x|{em3}}",
    "{o} {get well soon|hope you feel better soon|thinking of you}{ ❤️| x|}",
]
CL_COMMENTS = [
    "{So|Soo|sooo} {cute|gorgeous|beautiful}{!!|{em3}}",
    "{Haha|Lol|😂} {this is|that's} {so|too} {true|funny|me}{{em3}|!}",
    "{What a|Such a} {view|spread|beautiful day|good day}{!|{em3}}",
    "{Where|where} {is this|was this taken|did you get that dress}{?|{em3}}",
    "{Happy anniversary|Congrats|Congratulations} {you two|both of you|guys}{!!|{em3}}",
    "{Gorgeous|Lovely|Stunning} {photo|pic|family}{ {pn}|}{!|{em3}}",
    "{RIP|Rest easy} {old friend|Max|little one}{ 💔| 🕊️}",
]
CL_SHORT = [
    "{ok|okay|k|kk} {see u|cya|ttyl} {later|tmrw|soon}{{em3}|}",
    "{omg|OMG} {same|yesss|no way}{!!|{em3}}",
    "{lol|lmao|haha} {ikr|true|stop}{{em3}|}",
    "{wya|where u at|u home}{?|??}",
    "{gm|good morning|morning} {all|everyone|fam}{ ☀️|{em3}}",
    "{thx|ta|cheers} {babe|mate|hun|bro}{{em3}|!}",
    "{nah|nope|yeah} {im|I'm} {good|tired|out} {tonight|today|rn}{{em3}|}",
]
CL_HOBBIES = [
    "{o} {made|baked|cooked} {banana bread|a curry|lasagne|pancakes} {today|tonight}{, turned out great|, bit burnt "
    "lol|!|{em3}}",
    "{o} {finished|started} {a new book|the new series|my first half marathon|a jigsaw} {today|this week}{!|{em3}}",
    "{o} {anyone|does anyone} {watching|watch} {the match|Bake Off|the final} {tonight|later}{?|??}",
    "{o} {garden|the garden|my tomatoes} {is|are} {finally|actually} {looking good|growing}{!|{em3}}",
    "{o} {rain|snow|sun} {all|again} {day|week}{, typical|!|{em3}}",
    "{o} {best|worst} {pizza|coffee|chips} {I've had|ever} {in ages|}{!|{em3}}",
    "{o} {the|my} {dog|cat} {stole|ate} {my sandwich|a sock|the Sunday roast}{ 😂|!}",
]

# ============================================================ subtle positives

P_RECIP = [
    "{o} {long_a} {long_b} ⟦{I've|I have} {liked|followed} your page, so {it'd be lovely|it would be nice} if you "
    "{followed|liked} mine too.⟧ {long_c}",
    "{o} {fr_a} ⟦I always share your posts, so maybe you could share one of mine now and then?⟧ {fr_c}",
    "{o} {fr_b} ⟦I left you a review last week, {hoping|I'm hoping} you'll return the favour when you have a minute.⟧ "
    "{fr_c}",
    "{o} {long_a} ⟦Since I {voted for|followed} you, would you mind {voting for|following} me back?⟧ {long_c}",
    "{o} ⟦{I've|I have} been {liking|sharing} your stuff for months{, just saying| so a like back would be nice}{ "
    "😊|.}⟧",
]
P_COLD = [
    "{o} {tl} {fr_a} ⟦If you ever need {stuff}, I do them for {pr3} and can post anywhere.⟧ {fr_c}",
    "{o} {long_a} {long_b} ⟦By the way, I've started selling {stuff}, want me to send you the price list?⟧ {long_c}",
    "{o} {tl} ⟦{Just so you know|PS}, we have {pc} off {stuff} for new followers this week, DM me to order.⟧",
    "{o} {fr_a} ⟦I'm looking for a few lovely people to join my team, you'd be great at it!⟧ {fr_c}",
    "{o} {tl} ⟦{Quick question|Can I ask}, do you {need|use} {svc}? I could do you a good deal.⟧",
    "{o} ⟦Saw you liked the page, {thank you|thanks}! {We|I} do {stuff} from {pr3}, shall I send you some pics?⟧",
]
P_UNEARNED = [
    "{o} {long_a} {long_b} ⟦Would you mind giving my new page a like? It's {bz}.⟧ {long_c}",
    "{o} {fr_a} ⟦Could you share my shop with your friends?⟧ {fr_b} {fr_c}",
    "{o} {long_a} ⟦Please vote for my {vote_thing} in the {vote_for}, link below!⟧ {long_c}",
    "{o} {fr_b} ⟦If you get a sec, {please|pls} follow my {platform3} {lk}⟧ {fr_c}",
    "{o} ⟦{Hi stranger|Hello new friend}! {please|kindly} like and share my {platform3}{ 🙏|!}⟧",
]

FAMILIES = [
    Family("train3-hn-owner-price-answers", NO, HN, HN_PRICE, 40),
    Family("train3-hn-owner-order-status", NO, HN, HN_ORDER_STATUS, 35),
    Family("train3-hn-owner-hours-restock", NO, HN, HN_HOURS, 35),
    Family("train3-hn-owner-delivery-address", NO, HN, HN_DELIVERY, 30),
    Family("train3-hn-owner-requested-code", NO, HN, HN_REQUESTED_CODE, 25),
    Family("train3-hn-customer-to-business", NO, HN, HN_CUSTOMER, 40),
    Family("train3-hn-friend-page-milestones", NO, HN, HN_MILESTONE_FRIENDS, 35),
    Family("train3-hn-friend-page-nerves", NO, HN, HN_NERVES, 30),
    Family("train3-hn-thanks-for-sharing", NO, HN, HN_THANKS_SHARE, 35),
    Family("train3-hn-congrats-support", NO, HN, HN_CONGRATS, 35),
    Family("train3-hn-admin-moderator", NO, HN, HN_ADMIN, 35),
    Family("train3-hn-mlm-spam-jokes", NO, HN, HN_MLM_JOKES, 35),
    Family("train3-hn-marketing-advice", NO, HN, HN_ADVICE, 35),
    Family("train3-hn-community-events", NO, HN, HN_COMMUNITY, 35),
    Family("train3-hn-logistics-word-senses", NO, HN, HN_SENSES, 40),
    Family("train3-hn-turn-order-shop-senses", NO, HN, HN_TURN, 30),
    Family("train3-hn-thanks-review-vote-follow", NO, HN, HN_THANKS_REVIEW, 30),
    Family("train3-hn-intro-with-question", NO, HN, HN_INTRO, 30),
    Family("train3-hn-link-reply-asked", NO, HN, HN_LINK_REPLY, 30),
    Family("train3-hn-recommend-third-party", NO, HN, HN_RECOMMEND, 30),
    Family("train3-hn-jobs-volunteering", NO, HN, HN_JOBS, 30),
    Family("train3-hn-product-chat-friends", NO, HN, HN_PRODUCT_CHAT, 30),
    Family("train3-hn-please-kindly-requests", NO, HN, HN_POLITE, 30),
    Family("train3-hn-long-warm-no-ask", NO, HN, HN_LONG_WARM, 30),
    Family("train3-hn-nonnative-customer-friend", NO, HN, HN_NONNATIVE, 25),
    Family("train3-clean-logistics", NO, CL, CL_LOGISTICS, 60),
    Family("train3-clean-family", NO, CL, CL_FAMILY, 60),
    Family("train3-clean-comments", NO, CL, CL_COMMENTS, 60),
    Family("train3-clean-short-slang", NO, CL, CL_SHORT, 60),
    Family("train3-clean-hobbies-food", NO, CL, CL_HOBBIES, 60),
    Family("train3-recip-polite-in-warm-message", RD, P, P_RECIP, 30),
    Family("train3-cold-soft-in-warm-message", CP, P, P_COLD, 40),
    Family("train3-unearned-in-warm-message", UA, P, P_UNEARNED, 30),
]
