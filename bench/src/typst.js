// Compiles a Typst file to PDF with the Typst compiler that @myriaddreamin/typst-ts-node-compiler
// embeds (bench/typesetting.sh installs it into bench/target/typst with npm).
// node typst.js FILE.typ OUT.pdf FONT_DIR
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');
const fs = require('fs');
const path = require('path');
const [file, out, fonts] = process.argv.slice(2);
const compiler = NodeCompiler.create({ workspace: path.dirname(path.resolve(file)), fontArgs: [{ fontPaths: [fonts] }] });
fs.writeFileSync(out, compiler.pdf({ mainFilePath: path.resolve(file) }));
