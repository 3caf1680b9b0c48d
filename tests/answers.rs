//! The checker agrees with Docker on answers its author never wrote: every
//! file of `tests/answers/<exercise>/` is a learner's answer written blind
//! (from the exercise text alone; with its `.dockerignore` where the
//! learner writes one) and labelled `pass-` or `fail-` by a
//! reviewer who had not read the checker either, from Docker's documented
//! behaviour and BuildKit's source; the reason is the answer's first
//! comment (`# Reviewer: …`). `tests/answers/README.md` tells how they were
//! made and what the agreement was before the checker modelled them.

use std::fs;
use std::path::{Path, PathBuf};

use multistage::exercise::{self, Exercise, Grade, grade_files};
use multistage::i18n::Lang;

fn answers(exercise: &Exercise) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/answers")
        .join(&exercise.id);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|_| panic!("{} is missing", dir.display()))
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "Dockerfile"))
        .collect();
    files.sort();
    files
}

/// Grades an answer: its Dockerfile and, for an exercise where the learner
/// writes one, its own ignore file, named as Docker names a Dockerfile's
/// (`pass-a01.Dockerfile.dockerignore`).
fn grade_answer(exercise: &Exercise, file: &Path) -> Grade {
    let text = fs::read_to_string(file).unwrap();
    let dockerignore = exercise.dockerignore.as_ref().map(|_| {
        let companion = PathBuf::from(format!("{}.dockerignore", file.display()));
        fs::read_to_string(&companion).unwrap_or_else(|_| {
            panic!(
                "{}: the answer's .dockerignore is missing",
                companion.display()
            )
        })
    });
    grade_files(exercise, &text, dockerignore.as_deref())
}

/// `pass` or `fail`, from the file's name.
fn label(file: &Path) -> bool {
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
    match name.split('-').next() {
        Some("pass") => true,
        Some("fail") => false,
        _ => panic!("{}: name it pass-… or fail-…", file.display()),
    }
}

fn reason(text: &str, file: &Path) -> String {
    text.lines()
        .find_map(|line| line.strip_prefix("# Reviewer: "))
        .unwrap_or_else(|| panic!("{}: no `# Reviewer:` reason", file.display()))
        .to_string()
}

fn explain(grade: &Grade) -> String {
    grade
        .checks
        .iter()
        .filter(|check| !check.passed)
        .map(|check| {
            format!(
                "  ✗ {}: {}",
                check.id,
                check.detail.as_ref().map_or("", |d| d.get(Lang::En))
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_blind_answer_is_graded_as_its_reviewer_labelled_it() {
    let mut disagreements = Vec::new();
    for exercise in exercise::all().expect("the embedded exercises read") {
        let files = answers(&exercise);
        let passing = files.iter().filter(|file| label(file)).count();
        assert!(
            files.len() >= 30,
            "{}: only {} blind answers",
            exercise.id,
            files.len()
        );
        assert!(
            passing >= 10 && files.len() - passing >= 10,
            "{}: {passing} of {} answers pass: keep both sides",
            exercise.id,
            files.len()
        );
        for file in files {
            let text = fs::read_to_string(&file).unwrap();
            let why = reason(&text, &file);
            let graded = grade_answer(&exercise, &file);
            if graded.passed != label(&file) {
                disagreements.push(format!(
                    "{}: the reviewer says {} ({why}), the checker {}\n{}",
                    file.display(),
                    if label(&file) { "pass" } else { "fail" },
                    if graded.passed {
                        "passes it"
                    } else {
                        "fails it"
                    },
                    explain(&graded)
                ));
            }
        }
    }
    assert!(
        disagreements.is_empty(),
        "{} disagreements with Docker's behaviour:\n{}",
        disagreements.len(),
        disagreements.join("\n")
    );
}

#[test]
fn a_failing_blind_answer_says_why() {
    for exercise in exercise::all().expect("the embedded exercises read") {
        for file in answers(&exercise).into_iter().filter(|file| !label(file)) {
            let graded = grade_answer(&exercise, &file);
            for check in graded.checks.iter().filter(|check| !check.passed) {
                let detail = check.detail.as_ref().map_or("", |d| d.get(Lang::Fr));
                assert!(
                    !detail.is_empty(),
                    "{}: `{}` fails without saying why",
                    file.display(),
                    check.id
                );
            }
        }
    }
}
