#!/usr/bin/env python3
"""make_docs.py - builds the search benchmark's documents (JSON lines).

Reads the "text" of every page in the extraction page sets
(../shared/bench/extraction/data/*.tar.gz, truth.jsonl), splits it into
sentences and recombines them at random (fixed seed) into N documents:
about half Chinese (Chinese sentences, sometimes an English one), half
English (sometimes a Chinese sentence), each with a title, URL, site, a few
nested tags (one of them rare) and a capture date. Standard library only.

usage: make_docs.py DATA_DIR OUT.jsonl [N]
"""
import json
import random
import re
import sys
import tarfile
from pathlib import Path

CJK = re.compile(r"[\u3400-\u9fff]")
ZH_SPLIT = re.compile(r"(?<=[。！？；])")
EN_SPLIT = re.compile(r"(?<=[.!?])\s+")

ZH_SITES = ["www.36kr.com", "news.sina.com.cn", "www.gov.cn", "www.xinhuanet.com",
            "mp.weixin.qq.com", "www.cnii.com.cn", "tech.163.com", "www.infoq.cn"]
EN_SITES = ["www.theverge.com", "arstechnica.com", "en.wikipedia.org", "www.bbc.com",
            "docs.python.org", "github.com", "medium.com", "www.nytimes.com"]
TAGS = ["人工智能", "人工智能/大模型", "工业互联网", "工业互联网/边缘计算", "智能制造",
        "数字孪生", "政策", "经济/金融", "经济/投资", "科技", "tech/ai", "tech/web",
        "reading", "reading/longform", "news", "docs", "shopping", "forum", "travel",
        "health"]
RARE_TAG = "收藏/精选"


def read_texts(data_dir):
    zh, en = [], []
    for tgz in sorted(Path(data_dir).glob("*.tar.gz")):
        with tarfile.open(tgz) as tf:
            for m in tf.getmembers():
                if not m.name.endswith("truth.jsonl"):
                    continue
                for line in tf.extractfile(m):
                    d = json.loads(line)
                    t = (d.get("text") or "").strip()
                    if not t:
                        continue
                    (zh if len(CJK.findall(t)) > len(t) * 0.2 else en).append(t)
    return zh, en


def sentences(texts, split, min_len):
    out = []
    for t in texts:
        for para in t.split("\n"):
            para = para.strip().replace("\u3000", "")
            for s in split.split(para):
                s = s.strip()
                if len(s) >= min_len:
                    out.append(s)
    return out


def make_doc(i, rnd, zh, en):
    chinese = rnd.random() < 0.5
    if chinese:
        parts = rnd.sample(zh, rnd.randint(4, 20))
        if rnd.random() < 0.2:
            parts.insert(rnd.randrange(len(parts)), rnd.choice(en))
        title = parts[0][:28]
        site = rnd.choice(ZH_SITES)
        text = "".join(parts)
        lang = "zh-CN"
    else:
        parts = rnd.sample(en, rnd.randint(3, 15))
        if rnd.random() < 0.1:
            parts.insert(rnd.randrange(len(parts)), rnd.choice(zh))
        title = " ".join(parts[0].split()[:12])
        site = rnd.choice(EN_SITES)
        text = " ".join(parts)
        lang = "en"
    tags = rnd.sample(TAGS, rnd.choice([0, 1, 1, 2, 3]))
    if rnd.random() < 0.01:
        tags.append(RARE_TAG)
    return {"id": i + 1, "title": title, "text": text, "lang": lang,
            "url": "https://%s/%d/%06d.html" % (site, 2020 + i % 6, i + 1),
            "site": site, "tags": tags,
            "created": 1577836800 + (i * 997) % (6 * 365 * 86400)}


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 100000
    zh_texts, en_texts = read_texts(sys.argv[1])
    zh = sentences(zh_texts, ZH_SPLIT, 8)
    en = sentences(en_texts, EN_SPLIT, 30)
    rnd = random.Random(20261129)
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps(make_doc(i, rnd, zh, en), ensure_ascii=False) + "\n")
    print("%d docs from %d Chinese and %d English sentences (%d + %d pages)"
          % (n, len(zh), len(en), len(zh_texts), len(en_texts)), file=sys.stderr)


if __name__ == "__main__":
    main()
