//! The lint corpus (`tests/fixtures/lint/<Code>/`): in every `fires-` file
//! the code fires exactly on the instructions marked `# ↓ <Code>` (or on the
//! line above `# ↑ <Code>`, for a parser directive, which must come first), and in
//! every `quiet-` file it does not fire at all. Every rule has both kinds.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::{multistage, sorted_entries};
use multistage::lint::RULES;

/// Lines where `code` fires on `path`, from the real binary's JSON.
fn fired(path: &Path, code: &str) -> BTreeSet<u64> {
    let output = multistage()
        .args(["lint", "--format", "json"])
        .arg(path)
        .output()
        .expect("binary runs");
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "{}: exit {:?} {}",
        path.display(),
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    json["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["code"] == code)
        .map(|d| d["line"].as_u64().expect("line"))
        .collect()
}

/// The lines right below each `# ↓ <code>` marker and right above each
/// `# ↑ <code>` marker.
fn marked(text: &str, code: &str) -> BTreeSet<u64> {
    let below = format!("# ↓ {code}");
    let above = format!("# ↑ {code}");
    text.lines()
        .enumerate()
        .filter_map(|(index, line)| {
            let line = line.trim();
            if line == below {
                Some(index as u64 + 2)
            } else if line == above {
                Some(index as u64)
            } else {
                None
            }
        })
        .collect()
}

#[test]
fn every_rule_fires_where_marked_and_nowhere_else() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lint");
    let mut failures = Vec::new();
    let mut codes_seen = BTreeSet::new();
    for folder in sorted_entries(&root).into_iter().filter(|p| p.is_dir()) {
        let code = folder.file_name().unwrap().to_string_lossy().into_owned();
        let (mut fires, mut quiet) = (0, 0);
        for path in sorted_entries(&folder) {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if !name.ends_with(".Dockerfile") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("fixture");
            let expected = if name.starts_with("fires-") {
                fires += 1;
                marked(&text, &code)
            } else {
                quiet += 1;
                BTreeSet::new()
            };
            let got = fired(&path, &code);
            if got != expected {
                failures.push(format!(
                    "{code}/{name}: expected lines {expected:?}, got {got:?}"
                ));
            }
        }
        if fires == 0 || quiet == 0 {
            failures.push(format!("{code}: {fires} firing and {quiet} quiet files"));
        }
        codes_seen.insert(code);
    }
    for rule in RULES {
        if !codes_seen.contains(rule.code) {
            failures.push(format!("{}: no fixture folder", rule.code));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
