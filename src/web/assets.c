/*
 * assets.c - the embedded CSS and JS (see assets.h).
 *
 * The CSS is mobile-first: one column, the tag sidebar below the cards;
 * from 860px a two-column layout. Fonts: the system stack with the usual
 * Simplified Chinese faces; line height 1.75 for Chinese reading.
 * The JS only enhances: capture status polling (elements with
 * data-poll-link) and tag autocomplete (inputs with data-tags); every page
 * works without it.
 */
#include "web/assets.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "util/hash.h"

const char ls_asset_css[] =
    ":root{--fg:#1f2328;--muted:#656d76;--line:#e4e7eb;--bg:#f6f7f9;--card:#fff;"
    "--accent:#c2410c;--accent-soft:#fff1e8;--ok:#1a7f37;--warn:#9a6700;--err:#cf222e;"
    "--radius:10px;--shadow:0 1px 2px rgba(0,0,0,.05),0 1px 8px rgba(0,0,0,.04)}\n"
    "*{box-sizing:border-box}\n"
    "html{-webkit-text-size-adjust:100%}\n"
    "body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.75 -apple-system,"
    "BlinkMacSystemFont,\"Segoe UI\",\"PingFang SC\",\"Hiragino Sans GB\",\"Noto Sans CJK SC\","
    "\"Source Han Sans SC\",\"Microsoft YaHei\",\"WenQuanYi Micro Hei\",sans-serif;"
    "word-wrap:break-word;overflow-wrap:anywhere}\n"
    "a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}\n"
    "h1,h2,h3{line-height:1.35;font-weight:600;margin:.2em 0 .6em}\n"
    "h1{font-size:1.5rem}h2{font-size:1.15rem}h3{font-size:1rem}\n"
    ".top{background:#fff;border-bottom:1px solid var(--line);position:sticky;top:0;z-index:5}\n"
    ".top-in{max-width:1180px;margin:0 auto;padding:.55rem 1rem;display:flex;gap:.75rem;"
    "align-items:center;flex-wrap:wrap}\n"
    ".brand{font-weight:700;font-size:1.1rem;color:var(--fg);white-space:nowrap}"
    ".brand span{color:var(--accent)}.brand:hover{text-decoration:none}\n"
    ".search{flex:1 1 240px;display:flex;min-width:0}.search input{width:100%}\n"
    ".nav{display:flex;gap:.25rem;align-items:center;flex-wrap:wrap}"
    ".nav a,.nav button.link{color:var(--fg);padding:.3rem .6rem;border-radius:6px;"
    "font-size:.95rem}.nav a:hover{background:var(--bg);text-decoration:none}"
    ".nav a.on{background:var(--accent-soft);color:var(--accent)}\n"
    ".wrap{max-width:1180px;margin:0 auto;padding:1.2rem 1rem 3rem}\n"
    ".cols{display:grid;gap:1.2rem;align-items:start}.cols>*{min-width:0}\n"
    "aside:not(.panel){display:grid;gap:1rem;align-content:start}\n"
    "@media(min-width:860px){.cols{grid-template-columns:1fr 260px}}\n"
    ".panel{background:var(--card);border:1px solid var(--line);border-radius:var(--radius);"
    "padding:1rem 1.1rem;box-shadow:var(--shadow)}\n"
    ".narrow{max-width:560px;margin:0 auto}.narrow>.panel+.panel,.grid2+.panel,"
    ".panel+.grid2{margin-top:1rem}.panel form.inline{margin-top:.8rem}\n"
    ".cards{display:grid;gap:.8rem}\n"
    ".card{background:var(--card);border:1px solid var(--line);border-radius:var(--radius);"
    "padding:.9rem 1.1rem;box-shadow:var(--shadow)}\n"
    ".card h2{font-size:1.08rem;margin:0 0 .25rem}.card h2 a{color:var(--fg)}\n"
    ".site{display:flex;align-items:center;gap:.4rem;color:var(--muted);font-size:.85rem}"
    ".site img{width:16px;height:16px;border-radius:3px}\n"
    ".excerpt{color:#3d444d;margin:.35rem 0;display:-webkit-box;-webkit-line-clamp:3;"
    "-webkit-box-orient:vertical;overflow:hidden}\n"
    ".meta{display:flex;flex-wrap:wrap;gap:.4rem .8rem;align-items:center;color:var(--muted);"
    "font-size:.85rem}\n"
    ".tag{display:inline-block;background:var(--accent-soft);color:var(--accent);"
    "border-radius:999px;padding:0 .6rem;font-size:.82rem;line-height:1.7}"
    ".tag:hover{text-decoration:none;filter:brightness(.96)}\n"
    ".st{font-size:.8rem;border-radius:4px;padding:0 .45rem;border:1px solid currentColor}"
    ".st-done{color:var(--ok)}.st-failed{color:var(--err)}"
    ".st-queued,.st-running{color:var(--warn)}\n"
    ".side h3{font-size:.9rem;color:var(--muted);margin:.2rem 0 .5rem}"
    ".tree{list-style:none;margin:0;padding:0}.tree ul{list-style:none;margin:0;"
    "padding-left:.9rem;border-left:1px solid var(--line)}"
    ".tree a{display:flex;justify-content:space-between;gap:.5rem;color:var(--fg);"
    "padding:.12rem .4rem;border-radius:5px}.tree a:hover{background:var(--bg);"
    "text-decoration:none}.tree a.on{background:var(--accent-soft);color:var(--accent)}"
    ".tree a{align-items:center}.tree .n{color:var(--muted);font-size:.8rem}\n"
    "tr.on td{background:var(--accent-soft)}\n"
    "@media(max-width:700px){.top{position:static}.nav{gap:0}.wrap{padding-top:.8rem}}\n"
    ".bar{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;justify-content:"
    "space-between;margin-bottom:.8rem}\n"
    ".chips{display:flex;flex-wrap:wrap;gap:.35rem;align-items:center}\n"
    "input,select,textarea,button{font:inherit;color:inherit}\n"
    "input[type=text],input[type=url],input[type=password],input[type=search],select,textarea"
    "{border:1px solid #d0d7de;border-radius:7px;padding:.42rem .65rem;background:#fff;"
    "max-width:100%}input:focus,textarea:focus,select:focus{outline:2px solid #fdba74;"
    "border-color:var(--accent)}\n"
    "textarea{width:100%;min-height:5rem}\n"
    ".btn,button{display:inline-block;border:1px solid #d0d7de;background:#fff;"
    "border-radius:7px;padding:.38rem .9rem;cursor:pointer;color:var(--fg);line-height:1.5}"
    ".btn:hover,button:hover{background:var(--bg);text-decoration:none}\n"
    ".btn.primary,button.primary{background:var(--accent);border-color:var(--accent);"
    "color:#fff}.btn.primary:hover,button.primary:hover{filter:brightness(1.08)}\n"
    "button.danger{color:var(--err);border-color:#f1aeb5}\n"
    "button.link{border:0;background:none;padding:0;color:var(--accent)}\n"
    ".field{margin:0 0 .9rem}.field label{display:block;font-weight:600;margin-bottom:.25rem}"
    ".field input[type=text],.field input[type=url],.field input[type=password]{width:100%}"
    ".hint{color:var(--muted);font-size:.85rem}\n"
    ".flash{padding:.6rem .9rem;border-radius:8px;margin-bottom:1rem;background:#fff8c5;"
    "border:1px solid #eed888}.flash.err{background:#ffebe9;border-color:#ffcecb}\n"
    ".empty{text-align:center;padding:2.5rem 1rem}.empty p{color:var(--muted)}\n"
    ".pager{display:flex;gap:.5rem;justify-content:center;margin-top:1rem}\n"
    "table{border-collapse:collapse;width:100%}td,th{padding:.45rem .5rem;border-bottom:1px "
    "solid var(--line);text-align:left;vertical-align:middle}th{font-size:.85rem;"
    "color:var(--muted);font-weight:600}\n"
    ".inline{display:inline-flex;gap:.35rem;align-items:center;flex-wrap:wrap;margin:0}\n"
    ".tabs{display:flex;gap:.3rem;border-bottom:1px solid var(--line);margin:1rem 0}"
    ".tabs a{padding:.4rem .8rem;color:var(--muted);border-bottom:2px solid transparent}"
    ".tabs a.on{color:var(--fg);border-color:var(--accent)}\n"
    ".reader{background:#fff;border:1px solid var(--line);border-radius:var(--radius);"
    "padding:1.5rem clamp(1rem,4vw,3rem);max-width:780px;margin:0 auto;font-size:1.07rem;"
    "line-height:1.9;letter-spacing:.01em}.reader h1{font-size:1.6rem}"
    ".reader img{max-width:100%;height:auto}.reader p{margin:0 0 1em}"
    ".reader pre{overflow:auto;background:var(--bg);padding:.8rem}"
    ".byline{color:var(--muted);font-size:.9rem;margin-bottom:1.2rem;display:flex;"
    "flex-wrap:wrap;gap:.3rem 1rem}\n"
    ".frame{width:100%;height:75vh;border:1px solid var(--line);border-radius:var(--radius);"
    "background:#fff}\n"
    ".hl,mark{background:#fde68a;color:inherit;padding:0 .1em;border-radius:2px}\n"
    ".ac{position:relative}.ac-list{position:absolute;z-index:9;background:#fff;"
    "border:1px solid var(--line);border-radius:7px;box-shadow:var(--shadow);margin:0;"
    "padding:.2rem 0;list-style:none;min-width:12rem}.ac-list li{padding:.2rem .7rem;"
    "cursor:pointer}.ac-list li:hover,.ac-list li.sel{background:var(--accent-soft)}\n"
    ".muted{color:var(--muted)}.small{font-size:.85rem}.right{text-align:right}\n"
    ".grid2{display:grid;gap:1rem}@media(min-width:760px){.grid2{grid-template-columns:"
    "1fr 1fr}}.grid2{align-items:start}\n"
    "details summary{cursor:pointer;color:var(--accent)}\n"
    "code{background:var(--bg);padding:.05rem .3rem;border-radius:4px;font-size:.9em;"
    "word-break:break-all}\n"
    /* (a code block's lines start where the block does) */
    "pre code{padding:0;background:none;border-radius:0;font-size:inherit;word-break:normal}\n"
    ".fav{display:inline-grid;place-items:center;width:18px;height:18px;border-radius:5px;"
    "color:#fff;font-size:11px;font-weight:700;line-height:1;flex:none;position:relative;"
    "overflow:hidden}.site .fav img{position:absolute;inset:0;width:100%;height:100%;"
    "border-radius:0;object-fit:contain}"
    ".h0{background:#c2410c}.h1{background:#0f766e}.h2{background:#1d4ed8}.h3{background:#7c3aed}"
    ".h4{background:#be123c}.h5{background:#4d7c0f}.h6{background:#a16207}.h7{background:#334155}\n"
    ".foot{color:var(--muted);font-size:.8rem;text-align:center;padding:1rem}\n";

const char ls_asset_js[] =
    "(function(){'use strict';\n"
    "function poll(el){var id=el.getAttribute('data-poll-link');var n=0;\n"
    " function tick(){fetch('/api/links/'+encodeURIComponent(id),{credentials:'same-origin'})"
    ".then(function(r){return r.ok?r.json():null}).then(function(j){if(!j)return;\n"
    "  var s=(j.snapshots&&j.snapshots[0]&&j.snapshots[0].status)||'queued';"
    "el.className='st st-'+s;el.textContent=el.getAttribute('data-l-'+s)||s;\n"
    "  if(s==='done'||s==='failed'){if(document.querySelector('[data-reload-done]'))"
    "location.reload();return}\n"
    "  if(++n<400)setTimeout(tick,n<20?1000:3000)}).catch(function(){})}\n"
    " setTimeout(tick,700)}\n"
    "document.querySelectorAll('[data-poll-link]').forEach(poll);\n"
"var tagsCache=null;function tags(cb){if(tagsCache)return cb(tagsCache);"
    "fetch('/api/tags',{credentials:'same-origin'}).then(function(r){return r.json()})"
    ".then(function(j){tagsCache=(j.tags||[]).map(function(t){return t.path});cb(tagsCache)})"
    ".catch(function(){})}\n"
    "document.querySelectorAll('input[data-tags]').forEach(function(inp){\n"
    " var box=document.createElement('ul');box.className='ac-list';box.hidden=true;"
    "inp.parentNode.classList.add('ac');inp.parentNode.appendChild(box);\n"
    " function cur(){var v=inp.value;var i=Math.max(v.lastIndexOf(','),v.lastIndexOf('\\uff0c'));"
    "return {pre:v.slice(0,i+1),word:v.slice(i+1).trim()}}\n"
    " inp.addEventListener('input',function(){var c=cur();if(!c.word){box.hidden=true;return}\n"
    "  tags(function(all){box.textContent='';var w=c.word.toLowerCase();"
    "all.filter(function(t){return t.toLowerCase().indexOf(w)>=0}).slice(0,8)"
    ".forEach(function(t){var li=document.createElement('li');li.textContent=t;\n"
    "   li.addEventListener('mousedown',function(e){e.preventDefault();"
    "inp.value=(c.pre?c.pre+' ':'')+t+', ';box.hidden=true;inp.focus()});box.appendChild(li)});\n"
    "   box.hidden=!box.firstChild})});\n"
    " inp.addEventListener('blur',function(){box.hidden=true})});\n"
    "document.querySelectorAll('form[data-confirm]').forEach(function(f){"
    "f.addEventListener('submit',function(e){if(!confirm(f.getAttribute('data-confirm')))"
    "e.preventDefault()})});\n"
    "})();\n";

static char version[17];
static pthread_once_t version_once = PTHREAD_ONCE_INIT;

static void make_version(void)
{
    char hex[LS_SHA256_HEX_LEN + 1];
    size_t a = strlen(ls_asset_css), b = strlen(ls_asset_js);
    char tmp[sizeof ls_asset_css + sizeof ls_asset_js];
    memcpy(tmp, ls_asset_css, a);
    memcpy(tmp + a, ls_asset_js, b);
    ls_sha256_hex(tmp, a + b, hex);
    memcpy(version, hex, 16);
    version[16] = '\0';
}

const char *ls_asset_version(void)
{
    pthread_once(&version_once, make_version);
    return version;
}
