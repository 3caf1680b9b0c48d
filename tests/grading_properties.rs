//! Robustness of the whole checker, by property: the learners' answers of
//! `tests/answers/` mutated at random (shell operators, quotes, users,
//! flags spliced anywhere) and random text are graded without a panic, and
//! every failed check says why.

use std::path::Path;

use multistage::exercise::{self, Exercise, grade};
use multistage::i18n::Lang;
use proptest::prelude::*;

fn answers() -> Vec<(Exercise, String)> {
    let exercises = exercise::all().expect("the embedded exercises read");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/answers");
    let mut out = Vec::new();
    for exercise in exercises {
        let Ok(dir) = std::fs::read_dir(root.join(&exercise.id)) else {
            continue;
        };
        let mut texts: Vec<String> = dir
            .filter_map(|entry| std::fs::read_to_string(entry.ok()?.path()).ok())
            .collect();
        texts.sort();
        for text in texts.into_iter().step_by(4) {
            out.push((exercise.clone(), text));
        }
    }
    out
}

/// What matters to the shell model, the accounts and the start.
const SIGNIFICANT: &[&str] = &[
    " && ",
    " ; ",
    " || ",
    " | ",
    " & ",
    "&>",
    "(",
    ")",
    "{",
    "}",
    "[[",
    "]]",
    "\"",
    "'",
    "\\\n",
    "$@",
    "${X:-}",
    "USER node\n",
    "USER 0:0\n",
    "--chown=nobody:nogroup ",
    "--chmod=700 ",
    "SHELL [\"/bin/bash\", \"-c\"]\n",
    "ENTRYPOINT [\"sh\", \"-c\"]\n",
    "CMD npm start\n",
    "RUN useradd -m app\n",
    "WORKDIR ../..\n",
    "COPY <<EOF /s.sh\n#!/bin/sh\nexec \"$@\"\nEOF\n",
    "if true; then ",
    "; fi",
    "exec ",
    "cd /nowhere && ",
    "\n",
];

fn assert_graded(exercise: &Exercise, text: &str) {
    let graded = grade(exercise, text);
    for check in graded.checks.iter().filter(|check| !check.passed) {
        let detail = check.detail.as_ref().map_or("", |d| d.get(Lang::En));
        assert!(!detail.is_empty(), "`{}` fails without a reason", check.id);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn mutated_answers_are_graded(
        pick in any::<prop::sample::Index>(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0..SIGNIFICANT.len()), 1..6),
    ) {
        let answers = answers();
        prop_assume!(!answers.is_empty());
        let (exercise, text) = &answers[pick.index(answers.len())];
        let mut text = text.clone();
        for (at, what) in edits {
            let mut cut = at.index(text.len() + 1);
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            text.insert_str(cut, SIGNIFICANT[what]);
        }
        assert_graded(exercise, &text);
    }

    #[test]
    fn random_text_is_graded(text in "\\PC{0,400}") {
        let exercises = exercise::all().expect("the embedded exercises read");
        assert_graded(&exercises[0], &format!("FROM node:22\nRUN {text}\nCMD {text}\n"));
    }
}
