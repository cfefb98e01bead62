#!/usr/bin/env python3
"""Turns a corpus written by gen_corpus.py into a dossier the generator builds as it stands.

Usage: prepare.py GEN_CORPUS_DIR CORPUS_DIR DOSSIER_DIR

The corpus's Markdown documents are copied unchanged into DOSSIER_DIR/content/documents/. What a dossier has
besides its documents is written around them, as an editor would: content/site.yaml, the topic register
(content/topics.yaml, one topic per label) and the organisation register (content/organizations.yaml: each
organisation of gen_corpus.py's pool that signs a letter, its name as the pool writes it and, as aliases, every
spelling the letters print). Nothing is guessed: the spellings come from the corpus generator's own pool.
DOSSIER_DIR/seeds/ is empty: every document is a Markdown document.
"""

import os
import re
import shutil
import sys


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def signatories(path):
    """The names listed under 'signatories:' in one document's front matter, as written."""
    names = []
    inside = False
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i > 0 and line.rstrip("\n") == "---":
                break
            if line.startswith("signatories:"):
                inside = True
            elif inside and line.startswith("  - "):
                names.append(line[4:].rstrip("\n")[1:-1].replace('\\"', '"').replace("\\\\", "\\"))
            else:
                inside = False
    return names


def main(argv):
    if len(argv) != 4:
        sys.stderr.write(__doc__)
        return 2
    gen_dir, corpus, out = argv[1:]
    sys.path.insert(0, gen_dir)
    import gen_corpus  # noqa: E402  (the corpus generator's topic list and organisation pool)

    docs = os.path.join(out, "content", "documents")
    os.makedirs(docs, exist_ok=True)
    os.makedirs(os.path.join(out, "seeds"), exist_ok=True)
    files = sorted(f for f in os.listdir(corpus) if f.endswith(".md"))
    printed = set()
    for name in files:
        shutil.copyfile(os.path.join(corpus, name), os.path.join(docs, name))
        printed.update(signatories(os.path.join(corpus, name)))

    with open(os.path.join(out, "content", "site.yaml"), "w", encoding="utf-8") as f:
        f.write("title: Benchmark dossier\n")
        f.write("description: %s\n" % yq("%d synthetic documents written by gen_corpus.py, for the benchmark" % len(files)))
        f.write("language: en\n")

    with open(os.path.join(out, "content", "topics.yaml"), "w", encoding="utf-8") as f:
        for label in gen_corpus.TOPICS:
            f.write("- id: %s\n  name: %s\n  aliases: [%s]\n\n" % (slug(label), yq(label[0].upper() + label[1:]), yq(label)))

    def key(s):
        return " ".join(s.split())

    with open(os.path.join(out, "content", "organizations.yaml"), "w", encoding="utf-8") as f:
        ids = set()
        for name, variants in gen_corpus.ORGS:
            spellings = []
            for s in [name] + variants:
                if s in printed and key(s) not in [key(x) for x in spellings]:
                    spellings.append(s)
            if not spellings:
                continue
            oid = slug(name)
            while oid in ids:
                oid += "-2"
            ids.add(oid)
            f.write("- id: %s\n  name: %s\n  kind: ngo\n  aliases: [%s]\n\n"
                    % (oid, yq(name), ", ".join(yq(s) for s in spellings)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
