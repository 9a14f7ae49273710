"""Expand the FreeBSD documentation entities in a document, textually and nothing else.

Entity declarations are read from the .ent files in the order the FreeBSD DTD
(freebsd50.dtd via the zh_CN catalogue) declares them; as in XML, the first
declaration of a name wins. Predefined XML entities and character references
stay as they are. The DOCTYPE is removed and the DocBook namespace declaration
that each entity value carries (xmlns="http://docbook.org/ns/docbook") is dropped
because the element it lands in is already in that namespace."""
import re, sys
ORDER = ["zh_CN.UTF-8_share_xml_l10n.ent", "share_xml_l10n-common.ent", "share_xml_iso8879.ent",
         "share_xml_freebsd.ent", "zh_CN.UTF-8_share_xml_authors.ent",
         "zh_CN.UTF-8_share_xml_authors-in-author-tag.ent", "zh_CN.UTF-8_share_xml_teams.ent",
         "zh_CN.UTF-8_share_xml_mailing-lists.ent", "zh_CN.UTF-8_share_xml_trademarks.ent",
         "share_xml_urls.ent", "share_xml_authors.ent", "share_xml_man-refs.ent"]
DECL = re.compile(r"<!ENTITY\s+([^\s%]\S*)\s+(?:\"([^\"]*)\"|'([^']*)')\s*>", re.S)
PREDEFINED = {"lt", "gt", "amp", "quot", "apos"}
NS = re.compile(r"""\s+xmlns=(["'])http://docbook.org/ns/docbook\1""")

def load(folder):
    entities = {}
    for name in ORDER:
        text = open(f"{folder}/{name}", encoding="utf-8").read()
        text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
        for m in DECL.finditer(text):
            entities.setdefault(m.group(1), m.group(2) if m.group(2) is not None else m.group(3))
    # iso8879.ent only refers to the OASIS XML character entity sets (xmlcharent); the ones
    # the documents use, with their values there (iso-lat1.ent, iso-num.ent):
    entities.setdefault("nbsp", "&#x000A0;")
    entities.setdefault("dollar", "&#x00024;")
    entities.setdefault("reg", "&#x000AE;")
    entities.setdefault("trade", "&#x02122;")
    entities.setdefault("copy", "&#x000A9;")
    return entities

def expand(text, entities, used, depth=0):
    def replace(m):
        name = m.group(1)
        if name in PREDEFINED:
            return m.group(0)
        if name not in entities:
            raise SystemExit(f"undeclared entity &{name};")
        used[name] = used.get(name, 0) + 1
        return expand(NS.sub("", entities[name]), entities, used, depth + 1)
    if depth > 20:
        raise SystemExit("entity loop")
    return re.sub(r"&([A-Za-z_][A-Za-z0-9._-]*);", replace, text)

if __name__ == "__main__":
    folder, source, target = sys.argv[1:4]
    text = open(source, encoding="utf-8").read()
    text = re.sub(r"<!DOCTYPE[^\[>]*(\[.*?\])?\s*>\n?", "", text, count=1, flags=re.S)
    used = {}
    out = expand(text, load(folder), used)
    # url.base is a placeholder that FreeBSD's build replaces; for printable output it is
    # the absolute site address (share/mk/doc.docbook.mk: s|@@URL_RELPREFIX@@|https://www.FreeBSD.org|g).
    out = out.replace("@@URL_RELPREFIX@@", "https://www.FreeBSD.org")
    open(target, "w", encoding="utf-8").write(out)
    print(source, "entities expanded:", sum(used.values()), "distinct:", len(used), file=sys.stderr)
    print(" ".join(f"{k}×{v}" for k, v in sorted(used.items())), file=sys.stderr)
