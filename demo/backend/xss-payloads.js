/**
 * Hostile strings for the `hostile` fixtures (portal, folders, filenames, keywords, Social
 * products, CMS captions, JSON galleries). Each one, if a renderer ever executed it, sets
 * `window.__xss = true`; tests render the fixtures and assert `window.__xss` stays undefined.
 * The ones that cannot run script on their own (CSS, unicode, template syntax) still carry a
 * `window.__xss=true` vector so that a renderer mangling them into markup is caught too.
 */
const S = 'window.__xss=true';

export const xssPayloads = [
  // script elements
  `<script>${S}</script>`,
  `<SCRIPT>${S}</SCRIPT>`,
  `<script src="data:text/javascript,${S}"></script>`,
  `"><script>${S}</script>`,
  `'><script>${S}</script>`,
  `</title><script>${S}</script>`,
  `</textarea><script>${S}</script>`,
  `</style><script>${S}</script>`,
  `<scr<script>ipt>${S}</scr</script>ipt>`,
  // event handlers
  `<img src=x onerror="${S}">`,
  `<img src=x onerror=${S}>`,
  `<IMG SRC=x ONERROR="${S}">`,
  `<svg onload="${S}">`,
  `<svg><script>${S}</script></svg>`,
  `<svg><animate onbegin="${S}" attributeName=x dur=1s>`,
  `<body onload="${S}">`,
  `<input autofocus onfocus="${S}">`,
  `<details open ontoggle="${S}">`,
  `<video src=x onerror="${S}"></video>`,
  `<audio src=x onerror="${S}"></audio>`,
  `<marquee onstart="${S}">x</marquee>`,
  `<div onmouseover="${S}" style="position:fixed;inset:0">hover</div>`,
  `<object data="javascript:${S}"></object>`,
  `<embed src="javascript:${S}">`,
  // javascript: and data: URLs
  `javascript:${S}`,
  `JaVaScRiPt:${S}`,
  ` javascript:${S}`,
  `java\tscript:${S}`,
  `javascript&colon;${S}`,
  `&#106;avascript:${S}`,
  `data:text/html,<script>${S}</script>`,
  `<a href="javascript:${S}">click</a>`,
  `<iframe src="javascript:${S}"></iframe>`,
  `<form action="javascript:${S}"><button>go</button></form>`,
  // iframe srcdoc and meta refresh
  `<iframe srcdoc="<script>parent.${S}</script>"></iframe>`,
  `<iframe srcdoc="&lt;img src=x onerror=parent.${S}&gt;"></iframe>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${S}">`,
  // CSS injection
  `<style>*{background:url("javascript:${S}")}</style>`,
  `<style>@import 'javascript:${S}';</style>`,
  `red;background-image:url(javascript:${S})`,
  `</style><img src=x onerror="${S}">`,
  `x" style="behavior:url(#default#time2)" onbegin="${S}`,
  // attribute break-outs
  `" onmouseover="${S}" x="`,
  `' onmouseover='${S}' x='`,
  `" autofocus onfocus="${S}" x="`,
  `"><img src=x onerror="${S}">`,
  `' ><svg onload='${S}'>`,
  `\`><img src=x onerror=${S}>`,
  // unicode tricks
  `\u202e<img src=x onerror="${S}">gpj.exe`,
  `\uFF1Cimg src=x onerror="${S}"\uFF1E`,
  `<img src=x onerror="\u0077indow.__xss=true">`,
  `\u0000<script>${S}</script>`,
  `<img src=x oNeRrOr="${S}"\u00a0>`,
  // template syntax (Lit, Angular, Vue, Handlebars, JS template literals)
  `\${${S}}`,
  `{{constructor.constructor('${S}')()}}`,
  `{{${S}}}`,
  `<%= ${S} %>`,
  `#{${S}}`,
  `<!--<img src="--><img src=x onerror="${S}">`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${S}">`,
  `<noscript><p title="</noscript><img src=x onerror=${S}>">`,
];

/** Picks payload `i` cyclically, so fixtures can spread the whole list over their fields. */
export const xss = (i) => xssPayloads[i % xssPayloads.length];
