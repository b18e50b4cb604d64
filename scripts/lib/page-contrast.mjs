// @ts-check
// Colors of Redoc's default light theme that fail WCAG AA contrast (4.5:1 for text of
// this size), found by axe-core in the docs browser test: links (#1f7cff, 3.9:1), grey
// secondary text (#9b9ca8, 2.7:1), the HTTP method labels (GET #25b869 2.6:1, PATCH
// #f5c31d 1.7:1, ...) and code tokens (#db7e21 2.9:1, ...). Each is darkened in the same
// hue to at least 4.7:1 on white, on the panels' grey and on its tinted label
// background; the dark theme is left as it is. Plus: code blocks in
// descriptions wrap instead of scrolling, as a scrolling region must take keyboard focus
// and Redoc's markdown gives it none.

export const PAGE_CONTRAST_CSS = `:root:not(.dark) {
  --link-color-primary: #0b5bd3; --link-color-primary-hover: #083f96; --link-color-visited: #5b2fb8;
  --color-warm-grey-5: #6b6c77; --color-warm-grey-7: #6b6c77;
  /* Code tokens in the sample panels. */
  --color-blue-7: #2558b8; --color-carrot-7: #9a4a0c; --color-grass-7: #167625;
  --color-green-7: #0e7a49; --color-orange-7: #b72111;
}
:root:not(.dark) .tag-get { --tag-color: #12703c; }
:root:not(.dark) .tag-post { --tag-color: #1550c8; }
:root:not(.dark) .tag-put { --tag-color: #9a4a00; }
:root:not(.dark) .tag-patch { --tag-color: #785a00; }
:root:not(.dark) .tag-delete { --tag-color: #b8083a; }
:root:not(.dark) .tag-head { --tag-color: #4a3fb0; }
[data-testid="middle-panel"] pre, [data-testid="middle-panel"] pre * {
  white-space: pre-wrap !important; overflow-wrap: anywhere;
}
[data-testid="middle-panel"] pre { overflow: visible !important; }`;
