// Every Facebook and Messenger selector Tactful relies on, in one place. Each list holds
// alternatives, tried in order; when Facebook changes its markup, this is the file to update.
"use strict";

(() => {
  const T = (globalThis.Tactful ??= {});
  T.sites ??= {};

  T.sites.facebook = {
    id: "facebook",
    hosts: [
      /(^|\.)facebook\.com$/, // www., web., m. and business. all run the same composers
      /(^|\.)messenger\.com$/, // Messenger's own site
    ],

    // Elements the user types a draft into.
    composers: [
      // Lexical editors: post composer, comment and reply boxes, Messenger's message box.
      '[contenteditable="true"][role="textbox"]',
      // Lexical tags its root element; catches editors rendered without role="textbox".
      '[contenteditable="true"][data-lexical-editor="true"]',
      // Plain text areas: m.facebook.com, the basic Messenger composer, Marketplace messages.
      "textarea",
    ],

    // Text boxes that are not drafts to other people.
    ignored: [
      // Search fields (top bar, Messenger search, Marketplace search).
      '[role="combobox"]',
      '[aria-label*="Search" i]',
      // The Facebook login and password-recovery forms.
      'form[action*="login"] textarea',
    ],

    // Which surface a composer writes to, judged from its labels and surroundings.
    surfaces: [
      // Messenger (messenger.com or the chat heads on facebook.com) labels its box "Message".
      { surface: "message", selectors: ['[aria-label^="Message" i]', '[aria-label*="Aa" i]', '[role="main"][aria-label*="Messenger" i] *'] },
      // Comment and reply boxes: "Write a comment…", "Reply to …", "Comment as …".
      { surface: "comment", selectors: ['[aria-label*="comment" i]', '[aria-label^="Reply" i]', '[aria-describedby*="comment" i]'] },
      // The "Create post" dialog and the inline "What's on your mind?" box.
      { surface: "post", selectors: ['[role="dialog"][aria-label*="post" i] *', '[aria-label*="on your mind" i]', '[aria-placeholder*="on your mind" i]'] },
    ],
  };
})();
