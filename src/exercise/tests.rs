//! Reading exercises: strict, with the file, line and column of each mistake.

use super::*;

const MINIMAL: &str = r#"id = "99-essai"
title = "Essai"
lesson = "bonus-nommez-vos-stages"
instructions = "Nommez le stage."

[[checks]]
id = "nom"
kind = "stage_named"
name = "build"
message = "Un stage s’appelle « build »."
"#;

fn parse(text: &str) -> Result<Exercise, ExerciseError> {
    parse_exercise(
        "pack/99-essai",
        text,
        "FROM node:22\n",
        "FROM node:22 AS build\n",
    )
}

#[test]
fn a_minimal_exercise_reads_and_grades() {
    let exercise = parse(MINIMAL).expect("reads");
    assert_eq!(exercise.checks[0].check.kind(), "stage_named");
    assert!(!grade(&exercise, &exercise.start).passed);
    assert!(grade(&exercise, &exercise.solution).passed);
    // Without English, the French text stands in.
    assert_eq!(exercise.title(Lang::En), "Essai");
}

#[test]
fn unknown_keys_are_errors_with_their_line_and_column() {
    let error = parse(&MINIMAL.replace("lesson =", "lessons =")).unwrap_err();
    assert_eq!(
        (error.file.as_str(), error.line, error.column),
        ("pack/99-essai/exercise.toml", 3, 1)
    );
    assert!(error.message.en.contains("lessons"), "{error}");

    let error = parse(&MINIMAL.replace("name = \"build\"", "nmae = \"build\"")).unwrap_err();
    assert_eq!(error.line, 6, "{error}");
    assert!(
        error.to_string().contains("check `nom`") && error.message.en.contains("nmae"),
        "{error}"
    );

    let error = parse(&MINIMAL.replace("stage_named", "stage_nammed")).unwrap_err();
    assert!(error.message.en.contains("stage_nammed"), "{error}");
}

#[test]
fn invalid_checks_and_unsafe_ids_are_refused() {
    let upper = parse(&MINIMAL.replace("name = \"build\"", "name = \"Build\"")).unwrap_err();
    assert!(upper.message.en.contains("lower case"), "{upper}");
    let escaping = parse(&MINIMAL.replace("99-essai", "../essai")).unwrap_err();
    assert!(
        escaping.message.en.contains("lower-case letters"),
        "{escaping}"
    );
    let elsewhere = parse(&MINIMAL.replace("\"99-essai\"", "\"98-autre\"")).unwrap_err();
    assert!(elsewhere.message.en.contains("folder"), "{elsewhere}");
    let no_message =
        parse(&MINIMAL.replace("message = \"Un stage s’appelle « build ».\"\n", "")).unwrap_err();
    assert!(no_message.message.en.contains("message"), "{no_message}");
    let bad_code = parse(&MINIMAL.replace(
        "kind = \"stage_named\"\nname = \"build\"",
        "kind = \"no_lint\"\ncode = \"StageNameCase\"",
    ))
    .unwrap_err();
    assert!(bad_code.message.en.contains("StageNameCase"), "{bad_code}");
}

#[test]
fn ids_are_safe_folder_names() {
    assert!(is_safe_id("01-premier-multi-stage"));
    for unsafe_id in [
        "",
        "../x",
        "a/b",
        ".hidden",
        "A",
        "x\u{1b}[31m",
        "..",
        "a b",
    ] {
        assert!(!is_safe_id(unsafe_id), "{unsafe_id:?}");
    }
}

#[test]
fn exercises_are_found_by_number_id_or_prefix() {
    let exercises = all().expect("every exercise");
    assert_eq!(find(&exercises, "3").unwrap().id, "03-image-runtime-legere");
    assert_eq!(
        find(&exercises, "03").unwrap().id,
        "03-image-runtime-legere"
    );
    assert_eq!(find(&exercises, "python").unwrap().id, "05-python-venv");
    assert_eq!(find(&exercises, "07-go").unwrap().id, "07-go-scratch");
    assert!(find(&exercises, "99").is_none());
    // Ambiguous prefixes name nothing.
    assert!(find(&exercises, "0").is_none());
}

#[test]
fn every_check_kind_is_documented_for_teachers() {
    let readme = include_str!("../../exercises/README.md");
    for kind in Check::KINDS {
        assert!(
            readme.contains(&format!("| `{kind}` |")),
            "{kind} missing from exercises/README.md"
        );
    }
}

/// The detail of a failed check, in English.
fn detail(exercise: &Exercise, text: &str, check: &str) -> String {
    let graded = grade(exercise, text);
    let found = graded
        .checks
        .iter()
        .find(|c| c.id == check)
        .expect("that check");
    assert!(!found.passed, "{check} passes");
    found
        .detail
        .as_ref()
        .map(|d| d.get(Lang::En).to_string())
        .unwrap_or_default()
}

fn embedded(number: &str) -> Exercise {
    all()
        .unwrap()
        .into_iter()
        .find(|exercise| exercise.id.starts_with(number))
        .unwrap()
}

// Variable names are case-sensitive (Dockerfile reference, ARG): `ARG
// node_major` declares no NODE_MAJOR. The fault is the undeclared name, not
// a version written in the FROM.
#[test]
fn a_case_mismatch_is_called_an_undeclared_arg() {
    let exercise = embedded("11");
    let text = exercise
        .solution
        .replacen("ARG NODE_MAJOR=", "ARG node_major=", 1);
    let said = detail(&exercise, &text, "arg-global");
    assert!(
        said.contains("`${NODE_MAJOR}` is declared by no `ARG`"),
        "{said}"
    );
}

// `pip install --root=/install` installs under /install as under `/`
// (/install/usr/local/lib/python3.12/site-packages, pip's --root): copied
// onto `/`, the packages are in the image's own site-packages.
#[test]
fn pip_root_copied_onto_the_root_is_importable() {
    let exercise = embedded("05");
    let text = "FROM python:3.12 AS build\nCOPY requirements.txt .\nRUN pip install --root=/install -r requirements.txt\n\nFROM python:3.12-slim\nCOPY --from=build /install /\nWORKDIR /app\nCOPY app.py ./\nCOPY templates ./templates\nCMD [\"python\", \"app.py\"]\n";
    let graded = grade(&exercise, text);
    assert!(graded.passed, "{:?}", graded.checks);
    // --prefix copied to `/` instead of /usr/local: the advice names `/bin`, not `//bin`.
    let prefix = text
        .replace("--root=/install", "--prefix=/install")
        .replace("/install /", "/install /opt/");
    let said = detail(&exercise, &prefix, "demarre");
    assert!(!said.contains("//"), "{said}");
}

// A stage without CMD inherits node's CMD ["node"] (docker-library node):
// the start says so rather than "add a CMD".
#[test]
fn an_inherited_cmd_is_named_as_such() {
    let exercise = embedded("03");
    let text = exercise
        .solution
        .lines()
        .filter(|line| !line.starts_with("CMD"))
        .collect::<Vec<_>>()
        .join("\n");
    let said = detail(&exercise, &text, "demarre");
    assert!(said.contains("inherited from its base image"), "{said}");
}
