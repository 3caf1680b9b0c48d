//! Robustness of the parser, by property: whatever the bytes — random text,
//! or the project's fixtures mutated at random — `parse` returns without
//! panicking, and every instruction it returns points inside its input.

use std::path::Path;

use multistage::dockerfile::{Dockerfile, parse};
use proptest::prelude::*;

/// What must hold of any successful parse of `text`.
fn assert_well_formed(text: &str, parsed: &Dockerfile) {
    let line_count = text.split('\n').count();
    let mut previous_end = 0;
    for instruction in &parsed.instructions {
        let span = &instruction.span;
        assert!(
            span.start <= span.end && span.end <= text.len(),
            "{span:?} outside input"
        );
        assert!(
            text.get(span.clone()).is_some(),
            "{span:?} cuts a character"
        );
        assert!(instruction.start_line >= 1);
        assert!(instruction.start_line <= instruction.end_line);
        assert!(instruction.end_line <= line_count);
        assert!(
            instruction.start_line > previous_end,
            "instructions overlap"
        );
        previous_end = instruction.end_line;
    }
}

fn fixtures() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/parse");
    let mut texts: Vec<String> = std::fs::read_dir(dir)
        .expect("fixtures")
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            (path.extension()? == "Dockerfile").then(|| std::fs::read_to_string(path).ok())?
        })
        .collect();
    texts.sort();
    texts
}

/// Characters that matter to the parser, to mutate fixtures with.
const SIGNIFICANT: &[&str] = &[
    "\\",
    "`",
    "\n",
    "\r\n",
    "\t",
    " ",
    "#",
    "<<",
    "<<-",
    "EOF",
    "\"",
    "'",
    "[",
    "]",
    "{",
    "}",
    ",",
    "=",
    "--",
    "$",
    "${",
    ":-",
    "\u{a0}",
    "\u{feff}",
    "é",
    "# escape=`\n",
    "FROM ",
    "RUN ",
    "ONBUILD ",
    "HEALTHCHECK ",
    "ENV ",
    "\\u0000",
    "\0",
];

#[derive(Debug, Clone)]
enum Edit {
    Insert(usize, usize),
    Delete(usize, usize),
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut chars: Vec<String> = text.chars().map(String::from).collect();
    for edit in edits {
        match *edit {
            Edit::Insert(at, piece) => {
                let at = at % (chars.len() + 1);
                chars.insert(at, SIGNIFICANT[piece % SIGNIFICANT.len()].to_string());
            }
            Edit::Delete(at, length) => {
                if !chars.is_empty() {
                    let at = at % chars.len();
                    let end = (at + length % 8).min(chars.len());
                    chars.drain(at..end);
                }
            }
        }
    }
    chars.concat()
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), any::<usize>()).prop_map(|(a, p)| Edit::Insert(a, p)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, l)| Edit::Delete(a, l)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_text_parses_or_is_rejected(text in any::<String>()) {
        if let Ok(parsed) = parse(&text) {
            assert_well_formed(&text, &parsed);
        }
    }

    #[test]
    fn any_bytes_read_lossily(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(parsed) = parse(&text) {
            assert_well_formed(&text, &parsed);
        }
    }

    #[test]
    fn mutated_fixtures(index in any::<usize>(), edits in proptest::collection::vec(edit(), 1..12)) {
        let fixtures = fixtures();
        let text = apply(&fixtures[index % fixtures.len()], &edits);
        if let Ok(parsed) = parse(&text) {
            assert_well_formed(&text, &parsed);
        }
    }
}

#[test]
fn deep_json_nesting_does_not_overflow_the_stack() {
    let deep = format!("RUN {}\n", "[".repeat(60_000));
    let parsed = parse(&deep).expect("invalid JSON falls back to the shell form");
    assert!(!parsed.instructions[0].command.json);
    let nested = format!("CMD [{}{}]\n", "[".repeat(9_000), "]".repeat(9_000));
    assert!(parse(&nested).is_err(), "nested arrays are not strings");
}

#[test]
fn long_lines_are_refused_like_buildkit() {
    let fits = format!("RUN {}\n", "a".repeat(65_531));
    assert!(parse(&fits).is_ok());
    let too_long = format!("FROM a\nRUN {}\n", "a".repeat(65_532));
    let error = parse(&too_long).unwrap_err();
    assert_eq!(
        error.message,
        "dockerfile line greater than max allowed size of 65535"
    );
}
