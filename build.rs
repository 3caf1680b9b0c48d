//! Compiles the project's two syntect grammars (Dockerfile and shell, in
//! `src/markdown/`) into one syntax set at build time. Loading the dump is
//! a fraction of what parsing their YAML cost at run time, on the way to a
//! lesson's first frame.

use std::path::PathBuf;

use syntect::parsing::{SyntaxDefinition, SyntaxSetBuilder};

fn main() {
    let mut builder = SyntaxSetBuilder::new();
    for grammar in ["dockerfile", "shell"] {
        let path = format!("src/markdown/{grammar}.sublime-syntax");
        println!("cargo::rerun-if-changed={path}");
        let text = std::fs::read_to_string(&path).expect("the grammar is in the repository");
        let definition = SyntaxDefinition::load_from_str(&text, true, None)
            .unwrap_or_else(|error| panic!("{path}: {error}"));
        builder.add(definition);
    }
    let set = builder.build();
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    syntect::dumps::dump_to_uncompressed_file(&set, out.join("syntaxes.bin"))
        .expect("OUT_DIR is writable");
}
