#!/bin/sh
# Converts the five FreeBSD documents: $1 = the git directory of freebsd/freebsd-doc-legacy at
# 723ed154b59d569a4b8f4344ef5e0f9cd08a9cc2 (files are read with git show), $2 = the output folder.
set -e
repo=$1; out=$2; here=$(dirname "$0"); ent=$(mktemp -d); src=$(mktemp -d)
for f in zh_CN.UTF-8/share/xml/l10n.ent share/xml/l10n-common.ent share/xml/iso8879.ent share/xml/freebsd.ent \
         zh_CN.UTF-8/share/xml/authors.ent zh_CN.UTF-8/share/xml/authors-in-author-tag.ent zh_CN.UTF-8/share/xml/teams.ent \
         zh_CN.UTF-8/share/xml/mailing-lists.ent zh_CN.UTF-8/share/xml/trademarks.ent share/xml/urls.ent \
         share/xml/authors.ent share/xml/man-refs.ent; do
  git --git-dir="$repo" show "HEAD:$f" > "$ent/$(echo $f | tr / _)"
done
mkdir -p "$out/linux-users" "$out/nanobsd" "$out/rc-scripting" "$out/handbook-users"
for a in linux-users nanobsd rc-scripting; do
  git --git-dir="$repo" show "HEAD:zh_CN.UTF-8/articles/$a/article.xml" > "$src/$a.xml"
  python3 "$here/expand.py" "$ent" "$src/$a.xml" "$out/$a/article.xml"
done
git --git-dir="$repo" show HEAD:zh_CN.UTF-8/books/handbook/users/chapter.xml > "$src/users.xml"
python3 "$here/expand.py" "$ent" "$src/users.xml" "$out/handbook-users/chapter.xml"
# The book: book.xml up to the end of its info, then the part the chapter is in (title and
# partintro as written) holding only this chapter.
git --git-dir="$repo" show HEAD:zh_CN.UTF-8/books/handbook/book.xml > "$src/book-all.xml"
{ sed -n '1,/<\/info>/p' "$src/book-all.xml"; echo
  sed -n '/<part xml:id="system-administration">/,/<\/partintro>/p' "$src/book-all.xml"; echo
  echo '    <xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="chapter.xml"/>'
  echo '  </part>'; echo '</book>'; } > "$src/book.xml"
python3 "$here/expand.py" "$ent" "$src/book.xml" "$out/handbook-users/book.xml"
# FreeBSD's own inline element buildtarget (freebsd50.rnc) is not DocBook: a literal with its name as role.
sed -i 's|<buildtarget>|<literal role="buildtarget">|g; s|</buildtarget>|</literal>|g' "$out"/*/*.xml
# Cross references to handbook chapters outside this extract: links to the published handbook,
# with the target's title as the text.
b=https://docs.freebsd.org/zh_CN/books/handbook
sed -i -e "s|<xref linkend=\"serialcomms\"/>|<link xlink:href=\"$b/serialcomms/\">串口通讯</link>|" \
       -e "s|<xref linkend=\"basics\"/>|<link xlink:href=\"$b/basics/\">UNIX 基础</link>|" \
       -e "s|<xref linkend=\"network-servers\"/>|<link xlink:href=\"$b/network-servers/\">网络服务器</link>|" \
       -e "s|<xref linkend=\"quotas\"/>|<link xlink:href=\"$b/disks/#quotas\">文件系统配额</link>|" \
       -e "s|<link linkend=\"quotas\">|<link xlink:href=\"$b/disks/#quotas\">|" "$out/handbook-users/chapter.xml"
sed -i "s|<link linkend=\"mirrors-ftp\">|<link xlink:href=\"$b/mirrors/#mirrors-ftp\">|" "$out/handbook-users/book.xml"
rm -r "$ent" "$src"
# The licence asks source redistributions to carry its notice first: a comment after the XML declaration.
python3 - "$out" <<'PY'
import glob, sys
notice = """<!--
     Copyright 1994-2020 The FreeBSD Project. All rights reserved.
     Distributed under the FreeBSD Documentation License: see
     ../LICENSE-FreeBSD-Documentation.txt for its conditions and disclaimer.
     Converted from FreeBSD's DocBook 5 source for the tests: see ../README.md.
-->
"""
for f in glob.glob(sys.argv[1] + '/*/*.xml'):
    s = open(f, encoding='utf-8').read()
    i = s.index('?>') + 2
    open(f, 'w', encoding='utf-8').write(s[:i] + '\n' + notice + s[i:].lstrip('\n'))
PY
