//! The grading is honest: for every embedded exercise, the starting
//! Dockerfile fails exactly the checks listed in
//! `tests/fixtures/exercises/ID/start.expect`, the solution passes, at least
//! three other correct answers (`ok-*.Dockerfile`) pass and at least three
//! typical wrong answers (`ko-*.Dockerfile`) fail on the checks their first
//! line names (`# échoue : id, id`), with a detail saying what was seen.
//! Where the learner writes the `.dockerignore` too, a variant's own is
//! `NAME.Dockerfile.dockerignore` (Docker's name for a Dockerfile's ignore
//! file), else the solution's.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use multistage::exercise::{self, Exercise, Grade, grade, grade_files};
use multistage::i18n::Lang;

fn fixtures(id: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/exercises")
        .join(id)
}

fn exercises() -> Vec<Exercise> {
    exercise::all().expect("the embedded exercises read")
}

fn failed(grade: &Grade) -> BTreeSet<String> {
    grade
        .checks
        .iter()
        .filter(|check| !check.passed)
        .map(|check| check.id.clone())
        .collect()
}

fn explain(grade: &Grade) -> String {
    grade
        .checks
        .iter()
        .map(|check| {
            format!(
                "{} {}: {}",
                if check.passed { "✓" } else { "✗" },
                check.id,
                check.detail.as_ref().map_or("", |d| d.get(Lang::Fr))
            )
        })
        .chain(
            grade
                .notes
                .iter()
                .map(|note| format!("  note l.{}: {}", note.line, note.message(Lang::Fr))),
        )
        .collect::<Vec<_>>()
        .join("\n")
}

/// Check ids named after `# échoue :` on the first line.
fn expected_failures(text: &str, file: &Path) -> BTreeSet<String> {
    let first = text.lines().next().unwrap_or("");
    let list = first
        .strip_prefix("# échoue")
        .and_then(|rest| rest.trim_start_matches(['\u{a0}', ' ']).strip_prefix(':'))
        .unwrap_or_else(|| {
            panic!(
                "{}: the first line must be `# échoue : id, id`",
                file.display()
            )
        });
    list.split(',')
        .map(|id| id.trim().to_string())
        .filter(|id| !id.is_empty())
        .collect()
}

#[test]
fn the_courses_exercises_keep_their_ids() {
    let ids: Vec<String> = exercises().into_iter().map(|e| e.id).collect();
    assert_eq!(
        ids,
        [
            "01-premier-multi-stage",
            "02-nommer-les-stages",
            "03-image-runtime-legere",
            "04-dependances-de-production",
            "05-python-venv",
            "06-php-composer",
            "07-go-scratch",
            "08-stage-de-test",
            "09-un-seul-dockerfile",
            "10-deboguer-avec-target",
            "11-arg-avant-from",
            "12-copier-le-strict-necessaire",
            "13-cache-de-build",
            "14-compilation-croisee",
            "15-exporter-un-binaire",
            "16-secret-de-build",
            "17-contexte-de-build",
        ]
    );
}

#[test]
fn every_start_fails_exactly_the_checks_it_is_meant_to_fail() {
    for exercise in exercises() {
        let expect_file = fixtures(&exercise.id).join("start.expect");
        let expected: BTreeSet<String> = fs::read_to_string(&expect_file)
            .unwrap_or_else(|_| panic!("{} is missing", expect_file.display()))
            .split_whitespace()
            .map(str::to_string)
            .collect();
        let graded = grade(&exercise, &exercise.start);
        assert!(
            !graded.passed,
            "{}: the start passes\n{}",
            exercise.id,
            explain(&graded)
        );
        assert_eq!(
            failed(&graded),
            expected,
            "{}: start\n{}",
            exercise.id,
            explain(&graded)
        );
    }
}

#[test]
fn every_solution_passes_without_a_warning() {
    for exercise in exercises() {
        let dockerignore = exercise
            .dockerignore
            .as_ref()
            .map(|files| files.solution.as_str());
        let graded = grade_files(&exercise, &exercise.solution, dockerignore);
        assert!(
            graded.passed,
            "{}: the solution fails\n{}",
            exercise.id,
            explain(&graded)
        );
        let warnings: Vec<_> = graded
            .diagnostics
            .iter()
            .filter(|d| d.severity <= multistage::lint::Severity::Warning)
            .map(|d| format!("line {} {}", d.line, d.code))
            .collect();
        assert!(
            warnings.is_empty(),
            "{}: the solution has {warnings:?}",
            exercise.id
        );
        assert!(
            graded.notes.iter().all(|note| !note.blocks_build()),
            "{}: the solution's build would fail\n{}",
            exercise.id,
            explain(&graded)
        );
    }
}

/// The variant's `.dockerignore`: its own, else the solution's (for an
/// exercise where the learner writes one).
fn dockerignore_of(exercise: &Exercise, file: &Path) -> Option<String> {
    let solution = &exercise.dockerignore.as_ref()?.solution;
    let own = PathBuf::from(format!("{}.dockerignore", file.display()));
    Some(fs::read_to_string(own).unwrap_or_else(|_| solution.clone()))
}

fn variants(id: &str, prefix: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(fixtures(id))
        .map(|dir| {
            dir.filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|path| {
                    path.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with(prefix) && n.ends_with(".Dockerfile"))
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

#[test]
fn other_correct_answers_pass() {
    for exercise in exercises() {
        let files = variants(&exercise.id, "ok-");
        assert!(
            files.len() >= 3,
            "{}: only {} correct variants",
            exercise.id,
            files.len()
        );
        for file in files {
            let text = fs::read_to_string(&file).unwrap();
            let dockerignore = dockerignore_of(&exercise, &file);
            let solution_dockerignore = exercise.dockerignore.as_ref().map(|files| &files.solution);
            assert!(
                text.trim() != exercise.solution.trim()
                    || dockerignore.as_ref() != solution_dockerignore,
                "{}: a copy of the solution",
                file.display()
            );
            let graded = grade_files(&exercise, &text, dockerignore.as_deref());
            assert!(
                graded.passed,
                "{} fails\n{}",
                file.display(),
                explain(&graded)
            );
        }
    }
}

#[test]
fn typical_wrong_answers_fail_with_the_intended_message() {
    for exercise in exercises() {
        let files = variants(&exercise.id, "ko-");
        assert!(
            files.len() >= 3,
            "{}: only {} wrong variants",
            exercise.id,
            files.len()
        );
        for file in files {
            let text = fs::read_to_string(&file).unwrap();
            let expected = expected_failures(&text, &file);
            assert!(!expected.is_empty(), "{}: names no check", file.display());
            let dockerignore = dockerignore_of(&exercise, &file);
            let graded = grade_files(&exercise, &text, dockerignore.as_deref());
            for id in &expected {
                let check = graded
                    .checks
                    .iter()
                    .find(|check| &check.id == id)
                    .unwrap_or_else(|| {
                        panic!("{}: no check `{id}` in {}", file.display(), exercise.id)
                    });
                assert!(
                    !check.passed,
                    "{}: `{id}` passes\n{}",
                    file.display(),
                    explain(&graded)
                );
                let detail = check.detail.as_ref().map(|d| d.get(Lang::Fr)).unwrap_or("");
                assert!(
                    !detail.is_empty(),
                    "{}: `{id}` fails without saying why",
                    file.display()
                );
            }
        }
    }
}

#[test]
fn what_learners_read_is_in_typographically_correct_french_and_in_english() {
    for exercise in exercises() {
        let mut texts = vec![
            ("title", &exercise.title),
            ("instructions", &exercise.instructions),
        ];
        texts.extend(exercise.hints.iter().map(|hint| ("hint", hint)));
        texts.extend(
            exercise
                .checks
                .iter()
                .map(|check| ("check", &check.message)),
        );
        for (what, text) in texts {
            let name = format!("{} {what}", exercise.id);
            common::assert_french_typography(&name, &common::prose(&text.fr));
            assert!(
                !text.fr.contains('\''),
                "{name}: an ASCII apostrophe in {:?}",
                text.fr
            );
            assert_ne!(text.fr, text.en, "{name}: no English text");
        }
        // The comments of the Dockerfiles learners open are French prose too.
        for (file, text) in [
            ("Dockerfile", &exercise.start),
            ("solution", &exercise.solution),
        ] {
            for line in text
                .lines()
                .filter(|line| line.trim_start().starts_with('#'))
            {
                let ascii_apostrophe = line.as_bytes().windows(3).any(|w| {
                    w[0].is_ascii_alphabetic() && w[1] == b'\'' && w[2].is_ascii_alphabetic()
                });
                assert!(
                    !ascii_apostrophe,
                    "{} {file}: an ASCII apostrophe in {line:?}",
                    exercise.id
                );
            }
        }
    }
}

#[test]
fn each_exercise_follows_a_lesson_that_points_to_it() {
    let lessons = multistage::content::lessons().unwrap();
    for exercise in exercises() {
        let lesson = lessons
            .iter()
            .find(|lesson| lesson.slug == exercise.lesson)
            .unwrap_or_else(|| panic!("{}: no lesson `{}`", exercise.id, exercise.lesson));
        assert!(
            lesson.exercises.contains(&exercise.id),
            "{} does not point to {}",
            lesson.slug,
            exercise.id
        );
    }
    let listed: usize = lessons.iter().map(|lesson| lesson.exercises.len()).sum();
    assert_eq!(listed, exercises().len());
}
