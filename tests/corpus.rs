//! The real-world corpus (`tests/corpus/`, see its README): 1,467
//! Dockerfiles from 69 public repositories. On every file, the parse equals
//! BuildKit's (the reference parses in `expected.jsonl.gz`, made by
//! `scripts/corpus.py expected`), nothing panics, and no error-level
//! diagnostic appears except those `defects.tsv` lists one by one, each a
//! real defect of that file with the reason.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::{Path, PathBuf};

use multistage::dockerfile;
use multistage::dockerfile::to_reference_json;
use multistage::graph::BuildOptions;
use multistage::lint::{self, Severity};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

/// The manifest's paths, in order.
fn manifest() -> Vec<String> {
    let text = std::fs::read_to_string(corpus().join("manifest.tsv")).expect("manifest");
    text.lines()
        .skip(1)
        .filter(|line| !line.is_empty())
        .map(|line| line.split('\t').next().expect("path").to_string())
        .collect()
}

/// The reference parse of each file: `Ok(commands)` or `Err(message)`.
fn expected() -> BTreeMap<String, Result<serde_json::Value, String>> {
    let compressed = std::fs::read(corpus().join("expected.jsonl.gz")).expect("expected parses");
    let mut text = String::new();
    flate2::read::GzDecoder::new(compressed.as_slice())
        .read_to_string(&mut text)
        .expect("gzip");
    text.lines()
        .map(|line| {
            let mut entry: serde_json::Value = serde_json::from_str(line).expect("JSON line");
            let path = entry["path"].as_str().expect("path").to_string();
            let parse = match entry.get_mut("parse") {
                Some(parse) => Ok(parse.take()),
                None => Err(entry["error"].as_str().expect("error").to_string()),
            };
            (path, parse)
        })
        .collect()
}

/// `path \t line \t code \t reason` rows: the error diagnostics that are
/// real defects of someone else's file.
fn known_defects() -> BTreeSet<(String, usize, String)> {
    let text = std::fs::read_to_string(corpus().join("defects.tsv")).expect("defects.tsv");
    text.lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert!(
                fields.len() == 4 && !fields[3].trim().is_empty(),
                "defects.tsv: path, line, code and a reason: {line}"
            );
            (
                fields[0].to_string(),
                fields[1].parse().expect("line number"),
                fields[2].to_string(),
            )
        })
        .collect()
}

/// Every file under `dir`, as a path relative to the corpus.
fn stored_files(dir: &Path, out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).expect("corpus folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            stored_files(&path, out);
        } else {
            let relative = path.strip_prefix(corpus()).expect("inside the corpus");
            out.insert(relative.to_string_lossy().replace('\\', "/"));
        }
    }
}

#[test]
fn every_file_has_its_source_and_licence_recorded() {
    let text = std::fs::read_to_string(corpus().join("manifest.tsv")).expect("manifest");
    let rows: Vec<Vec<&str>> = text
        .lines()
        .skip(1)
        .filter(|line| !line.is_empty())
        .map(|line| line.split('\t').collect())
        .collect();
    let listed: BTreeSet<String> = rows.iter().map(|row| row[0].to_string()).collect();
    let mut stored = BTreeSet::new();
    stored_files(&corpus().join("files"), &mut stored);
    assert_eq!(listed, stored, "manifest.tsv and files/ differ");
    let mut repositories = BTreeSet::new();
    for row in &rows {
        let [_, repo, commit, _, licence, _, _] = row.as_slice() else {
            panic!("seven columns: {row:?}");
        };
        assert!(commit.len() == 40 && commit.bytes().all(|b| b.is_ascii_hexdigit()));
        assert!(!licence.is_empty());
        repositories.insert(*repo);
        let licence_file = corpus()
            .join("LICENSES")
            .join(format!("{}.txt", repo.replace('/', "__")));
        assert!(licence_file.is_file(), "no licence text for {repo}");
    }
    assert!(
        repositories.len() >= 30,
        "{} repositories",
        repositories.len()
    );
}

#[test]
fn every_file_parses_as_buildkit_and_only_real_defects_are_errors() {
    let paths = manifest();
    assert!(
        paths.len() >= 1000,
        "the corpus holds {} files",
        paths.len()
    );
    let expected = expected();
    let defects = known_defects();
    let mut parse_mismatches = Vec::new();
    let mut panics = Vec::new();
    let mut errors = BTreeSet::new();
    for path in &paths {
        let text = std::fs::read_to_string(corpus().join(path)).expect("UTF-8 file");
        let outcome = std::panic::catch_unwind(|| {
            let ours = match dockerfile::parse(&text) {
                Ok(tree) => Ok(serde_json::to_value(to_reference_json(&tree)).expect("JSON")),
                Err(error) => Err(error.message),
            };
            let analysis =
                lint::analyze(&text, &BuildOptions::default()).map(|analysis| analysis.diagnostics);
            (ours, analysis)
        });
        let Ok((ours, analysis)) = outcome else {
            panics.push(path.clone());
            continue;
        };
        if expected.get(path) != Some(&ours) {
            parse_mismatches.push(path.clone());
        }
        for diagnostic in analysis.expect("no --target asked") {
            if diagnostic.severity == Severity::Error {
                errors.insert((path.clone(), diagnostic.line, diagnostic.code.to_string()));
            }
        }
    }
    assert!(panics.is_empty(), "panics on {panics:?}");
    assert!(
        parse_mismatches.is_empty(),
        "{} of {} files parse unlike BuildKit: {:?}",
        parse_mismatches.len(),
        paths.len(),
        &parse_mismatches[..parse_mismatches.len().min(10)]
    );
    let unexpected: Vec<_> = errors.difference(&defects).collect();
    let missed: Vec<_> = defects.difference(&errors).collect();
    assert!(
        unexpected.is_empty() && missed.is_empty(),
        "error diagnostics not listed in defects.tsv: {unexpected:#?}\nlisted defects not found: {missed:#?}"
    );
}
