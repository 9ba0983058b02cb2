#!/usr/bin/env python3
"""Writes a benchmark site into DIR: PAGES article pages of about PAGE_BYTES
of HTML each, each with ASSETS subresources (a stylesheet that @imports
another, images, a font, an icon), shared between pages like a real site's
logo and CSS. Deterministic.

TEXT_BYTES (default: all of it) is how much of the page is article text.
A real 1 MB news page carries some tens of KB of article; the rest is
navigation, link lists and inline script data, which is what the page gets
when TEXT_BYTES is smaller than PAGE_BYTES.

Usage: make_site.py DIR PAGES ASSETS PAGE_BYTES [TEXT_BYTES]"""
import os, random, struct, sys, zlib

def png(w, h, seed):
    rnd = random.Random(seed)
    raw = b"".join(b"\x00" + bytes(rnd.randrange(256) for _ in range(w * 3)) for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))

ZH = "智能制造加速落地，工业互联网平台赋能中小企业数字化转型。边缘计算与数字孪生技术深度融合，人工智能助力生产效率提升。"
EN = "Manufacturers are connecting machines to edge gateways so that models trained in the cloud can act on the line. "

def filler(i, size):
    """Navigation, related-link lists and an inline data script."""
    rnd = random.Random(10_000 + i)
    parts, n = ['<ul class="related">'], 0
    while sum(len(x.encode()) for x in parts) < size // 2:
        n += 1
        parts.append('<li><a href="/news/%d.html">相关阅读 %d 工业互联网平台案例</a></li>' % (rnd.randrange(10**6), n))
    parts.append('</ul><script>window.__DATA__=%s;</script>' % (
        '["' + '","'.join("k%d" % rnd.randrange(10**9) for _ in range(size // 24)) + '"]'))
    return "".join(parts)


def page(i, assets, size, text_size):
    rnd = random.Random(i)
    head = ['<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">',
            '<title>第%d篇 智能制造观察_工业网</title>' % i,
            '<link rel="stylesheet" href="/static/site.css">',
            '<link rel="icon" href="/static/favicon.png"></head><body>',
            '<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div>',
            '<h1>第%d篇 智能制造观察</h1><div class="info">来源：信息化时代 发布时间：2024-05-%02d 10:23</div>' % (i, i % 28 + 1),
            '<div class="article">']
    body = []
    n = 0
    imgs = assets - 4  # css x2, font, icon
    per = max(1, text_size // max(imgs, 1))
    for k in range(imgs):
        chunk = []
        while sum(len(x.encode()) for x in chunk) < per - 200:
            chunk.append("<p>%s %s</p>" % (ZH * rnd.randint(1, 3), EN * rnd.randint(1, 3)))
        body.append("".join(chunk))
        src = "/static/shared-%d.png" % (k % 5) if k < 5 else "/img/p%d-%d.png" % (i, k)
        body.append('<figure><img src="%s" alt="图%d"><figcaption>图%d</figcaption></figure>' % (src, k, k))
    tail = ['</div>']
    used = sum(len(x.encode()) for x in head + body)
    if size - used > 1000:
        tail.append(filler(i, size - used - 500))
    tail.append('<div class="footer">版权所有</div></body></html>')
    return "".join(head + body + tail)

def main():
    out, pages, assets, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    text_size = int(sys.argv[5]) if len(sys.argv) > 5 else size
    os.makedirs(os.path.join(out, "static"), exist_ok=True)
    os.makedirs(os.path.join(out, "img"), exist_ok=True)
    w = lambda p, d: open(os.path.join(out, p), "wb").write(d)
    w("static/site.css", b'@import url("base.css");\n@font-face{font-family:S;src:url(font.woff2)}\n'
      b'body{font-family:S,serif;background:url(bg.png)}\n')
    w("static/base.css", b"p{text-indent:2em;line-height:1.8}\n")
    w("static/font.woff2", os.urandom(20000))
    w("static/bg.png", png(32, 32, 1))
    w("static/favicon.png", png(16, 16, 2))
    for k in range(5):
        w("static/shared-%d.png" % k, png(64, 64, 10 + k))
    for i in range(pages):
        w("p%d.html" % i, page(i, assets, size, text_size).encode("utf-8"))
        for k in range(5, assets - 4):
            w("img/p%d-%d.png" % (i, k), png(48, 48, 1000 * i + k))

main()
