#!/usr/bin/env python3
"""Writes a benchmark site into DIR: PAGES article pages of about 1 MB of
HTML each (Chinese and English text, tables, lists), each with ASSETS
subresources (a stylesheet that @imports another, images, a font, an icon),
shared between pages like a real site's logo and CSS. Deterministic."""
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

def page(i, assets, size):
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
    per = max(1, size // max(imgs, 1))
    for k in range(imgs):
        chunk = []
        while sum(len(x.encode()) for x in chunk) < per - 200:
            chunk.append("<p>%s %s</p>" % (ZH * rnd.randint(1, 3), EN * rnd.randint(1, 3)))
        body.append("".join(chunk))
        src = "/static/shared-%d.png" % (k % 5) if k < 5 else "/img/p%d-%d.png" % (i, k)
        body.append('<figure><img src="%s" alt="图%d"><figcaption>图%d</figcaption></figure>' % (src, k, k))
    tail = ['</div><div class="footer">版权所有</div></body></html>']
    return "".join(head + body + tail)

def main():
    out, pages, assets, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
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
        w("p%d.html" % i, page(i, assets, size).encode("utf-8"))
        for k in range(5, assets - 4):
            w("img/p%d-%d.png" % (i, k), png(48, 48, 1000 * i + k))

main()
