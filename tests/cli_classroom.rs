//! A teacher's day, with the real binary: write a pack and check it, hand
//! it out with `--pack`, collect workspaces into a class report (terminal,
//! JSON, CSV, Markdown), score partial credit, and the learner's side of
//! it: `progress` and `reset --all`.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use predicates::str::contains;
use serde_json::Value;

use common::{multistage_in, solution};

/// `multistage pack check PACK`, run from `dir`.
fn pack_check(dir: &Path, home: &Path, pack: &Path) -> assert_cmd::assert::Assert {
    multistage_in(dir, home)
        .args(["pack", "check"])
        .arg(pack)
        .assert()
}

/// A new example pack in a fresh folder: (temp, pack, home).
fn example_pack() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let temp = tempfile::tempdir().unwrap();
    let pack = temp.path().join("mon-pack");
    let home = temp.path().join("home");
    multistage_in(temp.path(), &home)
        .args(["pack", "new"])
        .arg(&pack)
        .assert()
        .success()
        .stdout(contains("multistage pack check"));
    (temp, pack, home)
}

#[test]
fn a_new_pack_checks_and_is_handed_out_with_pack() {
    let (temp, pack, home) = example_pack();
    pack_check(temp.path(), &home, &pack)
        .success()
        .stdout(contains("✓ 90-mon-exercice"))
        .stdout(contains(
            "Pack valide\u{a0}: 1\u{a0}exercice, 1\u{a0}leçon.",
        ));
    multistage_in(temp.path(), &home)
        .arg("--pack")
        .arg(&pack)
        .args(["list", "--format", "json"])
        .assert()
        .success()
        .stdout(contains("\"90-mon-exercice\""))
        .stdout(contains("\"ma-lecon\""))
        .stdout(contains("\"01-premier-multi-stage\""));
    let solution = pack.join("exercises/90-mon-exercice/solution.Dockerfile");
    multistage_in(temp.path(), &home)
        .arg("--pack")
        .arg(&pack)
        .args(["check", "90-mon-exercice"])
        .arg(&solution)
        .assert()
        .success();
    // replace_embedded: only the pack's exercises.
    let settings = pack.join("pack.toml");
    let text = fs::read_to_string(&settings).unwrap();
    fs::write(
        &settings,
        text.replace("replace_embedded = false", "replace_embedded = true"),
    )
    .unwrap();
    let listed = multistage_in(temp.path(), &home)
        .arg("--pack")
        .arg(&pack)
        .args(["list", "--format", "json"])
        .assert()
        .success();
    let json: Value = serde_json::from_slice(&listed.get_output().stdout).unwrap();
    assert_eq!(json["exercises"].as_array().unwrap().len(), 1);
    assert_eq!(json["lessons"].as_array().unwrap().len(), 1);
}

#[test]
fn pack_check_names_each_problem_with_its_file() {
    let (temp, pack, home) = example_pack();
    let exercise = pack.join("exercises/90-mon-exercice");
    // The start passes (it is the solution), the solution fails, a hint is empty.
    fs::copy(
        exercise.join("solution.Dockerfile"),
        exercise.join("Dockerfile"),
    )
    .unwrap();
    fs::write(exercise.join("solution.Dockerfile"), "FROM golang:1.26\n").unwrap();
    let toml = fs::read_to_string(exercise.join("exercise.toml")).unwrap();
    let toml = toml.replacen("hints = [\n", "hints = [\n  \"  \",\n", 1);
    let toml = toml.replacen("hints_en = [\n", "hints_en = [\n  \"\",\n", 1);
    fs::write(exercise.join("exercise.toml"), toml).unwrap();
    let output = pack_check(temp.path(), &home, &pack).code(1);
    let text = String::from_utf8_lossy(&output.get_output().stdout).into_owned();
    assert!(
        text.contains("90-mon-exercice/Dockerfile\u{a0}: le Dockerfile de départ passe déjà"),
        "{text}"
    );
    assert!(
        text.contains("90-mon-exercice/solution.Dockerfile\u{a0}: la solution échoue à"),
        "{text}"
    );
    assert!(text.contains("texte français vide (hints[0])"), "{text}");
    assert!(
        text.contains("Pack refusé\u{a0}: 3\u{a0}problèmes."),
        "{text}"
    );

    // Lessons: a slug with a space, an order already taken, an exercise
    // its lesson does not list.
    let lesson = pack.join("content/01-ma-lecon.md");
    let good_lesson = fs::read_to_string(&lesson).unwrap();
    for (broken, problem) in [
        (
            good_lesson.replace("slug = \"ma-lecon\"", "slug = \"ma lecon\""),
            "nom de leçon refusé",
        ),
        (
            good_lesson.replace("order = 10", "order = 3"),
            "a déjà ce numéro d’ordre",
        ),
        (
            good_lesson.replace("exercises = [\"90-mon-exercice\"]", "exercises = []"),
            "la leçon `ma-lecon` ne liste pas cet exercice",
        ),
    ] {
        fs::write(&lesson, broken).unwrap();
        pack_check(temp.path(), &home, &pack)
            .code(1)
            .stdout(contains(problem));
    }
    fs::write(&lesson, good_lesson).unwrap();
    // A misspelt tag would make a check that never fails: refused.
    let toml = fs::read_to_string(exercise.join("exercise.toml")).unwrap();
    fs::write(
        exercise.join("exercise.toml"),
        toml.replace(
            "tags = [\"sources\", \"build-cache\"]",
            "tags = [\"source\", \"build-cache\"]",
        ),
    )
    .unwrap();
    pack_check(temp.path(), &home, &pack)
        .code(1)
        .stdout(contains("étiquette inconnue `source`"));
    // A missing file: named, and the report goes on.
    fs::remove_file(exercise.join("solution.Dockerfile")).unwrap();
    pack_check(temp.path(), &home, &pack)
        .code(1)
        .stdout(contains("90-mon-exercice/solution.Dockerfile\u{a0}: "))
        .stdout(contains("✓ leçon ma-lecon"))
        .stdout(contains("Pack refusé"));
    fs::write(exercise.join("solution.Dockerfile"), "FROM golang:1.26\n").unwrap();

    // Invalid TOML: file:line:column, exit 1 for pack check, 2 for --pack.
    fs::write(
        exercise.join("exercise.toml"),
        "id = \"90-mon-exercice\"\ntitle = [\n",
    )
    .unwrap();
    pack_check(temp.path(), &home, &pack)
        .code(1)
        .stdout(contains("90-mon-exercice/exercise.toml:2:10"));
    multistage_in(temp.path(), &home)
        .arg("--pack")
        .arg(&pack)
        .arg("list")
        .assert()
        .code(2)
        .stderr(contains("90-mon-exercice/exercise.toml:2:10"));
}

#[test]
fn a_pack_cannot_escape_or_shadow() {
    let (temp, pack, home) = example_pack();
    // A folder whose name is not a safe id is refused before anything is read.
    fs::create_dir_all(pack.join("exercises/..x")).unwrap();
    multistage_in(temp.path(), &home)
        .arg("--pack")
        .arg(&pack)
        .arg("list")
        .assert()
        .code(2)
        .stderr(contains("minuscules, chiffres et tirets"));
    fs::remove_dir_all(pack.join("exercises/..x")).unwrap();
    // An embedded id, without replace_embedded.
    fs::rename(
        pack.join("exercises/90-mon-exercice"),
        pack.join("exercises/01-premier-multi-stage"),
    )
    .unwrap();
    pack_check(temp.path(), &home, &pack)
        .code(1)
        .stdout(contains("est déjà un exercice intégré"));
    // No pack at all; a folder that is not empty for `pack new`.
    multistage_in(temp.path(), &home)
        .args(["pack", "check", "nowhere"])
        .assert()
        .code(2)
        .stderr(contains("dossier introuvable"));
    multistage_in(temp.path(), &home)
        .args(["pack", "new"])
        .arg(&pack)
        .assert()
        .code(2)
        .stderr(contains("n’est pas vide"));
}

/// Three students: one passes 01 and 02, one has 01 wrong, one did nothing.
fn class() -> (tempfile::TempDir, Vec<PathBuf>, PathBuf) {
    let temp = tempfile::tempdir().unwrap();
    let home = temp.path().join("home");
    let mut students = Vec::new();
    for name in ["alice", "bob", "chloe"] {
        multistage_in(temp.path(), &home)
            .args(["init", name])
            .assert()
            .success();
        students.push(temp.path().join(name));
    }
    for id in ["01-premier-multi-stage", "02-nommer-les-stages"] {
        fs::write(students[0].join(id).join("Dockerfile"), solution(id)).unwrap();
    }
    fs::write(
        students[1].join("01-premier-multi-stage/Dockerfile"),
        "FROM node:22 AS build\nRUN npm ci\nFROM node:22-slim\nCOPY --from=build /app /app\n",
    )
    .unwrap();
    fs::remove_dir_all(students[2].join("03-image-runtime-legere")).unwrap();
    (temp, students, home)
}

#[test]
fn a_class_report_in_every_format() {
    let (temp, students, home) = class();
    let table = multistage_in(temp.path(), &home)
        .arg("report")
        .args(&students)
        .assert()
        .success();
    let text = String::from_utf8_lossy(&table.get_output().stdout).into_owned();
    let row = |id: &str| {
        text.lines()
            .find(|line| line.starts_with(id))
            .unwrap_or_else(|| panic!("{id} in\n{text}"))
            .split_whitespace()
            .skip(1)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        text.lines()
            .next()
            .unwrap()
            .split_whitespace()
            .collect::<Vec<_>>(),
        ["Exercice", "alice", "bob", "chloe"]
    );
    // ○: the start as handed out, never touched (no points for it).
    assert_eq!(row("01-premier-multi-stage"), ["✓", "✗", "○"]);
    assert_eq!(row("02-nommer-les-stages"), ["✓", "○", "○"]);
    assert_eq!(row("03-image-runtime-legere"), ["○", "○", "–"]);
    assert_eq!(row("Réussis"), ["2/17", "0/17", "0/17"]);

    let json = multistage_in(temp.path(), &home)
        .arg("report")
        .args(&students)
        .args(["--format", "json"])
        .assert()
        .success();
    let json: Value = serde_json::from_slice(&json.get_output().stdout).unwrap();
    let alice = &json["students"][0];
    assert_eq!(alice["name"], "alice");
    assert_eq!(alice["passed"], 2);
    assert_eq!(alice["exercises"][0]["outcome"], "passed");
    let outcome = |student: usize, id: &str| {
        json["students"][student]["exercises"]
            .as_array()
            .unwrap()
            .iter()
            .find(|exercise| exercise["exercise"] == id || exercise["id"] == id)
            .unwrap_or_else(|| panic!("{id} reported"))["outcome"]
            .clone()
    };
    assert_eq!(outcome(2, "03-image-runtime-legere"), "missing");
    assert_eq!(outcome(2, "01-premier-multi-stage"), "untouched");
    assert_eq!(json["students"][2]["score"], 0, "nothing done, no points");
    let bob_failed = json["students"][1]["exercises"][0]["failed"]
        .as_array()
        .unwrap();
    assert!(!bob_failed.is_empty(), "bob's failed checks are listed");
    let bob = &json["students"][1];
    let bob_01 = &bob["exercises"][0];
    assert!(bob_01["score"].as_u64().unwrap() < bob_01["max_score"].as_u64().unwrap());

    let csv = multistage_in(temp.path(), &home)
        .arg("report")
        .args(&students)
        .args(["--format", "csv"])
        .assert()
        .success();
    let csv = String::from_utf8_lossy(&csv.get_output().stdout).into_owned();
    let lines: Vec<&str> = csv.lines().collect();
    assert!(
        lines[0].starts_with("student,01-premier-multi-stage,"),
        "{csv}"
    );
    assert!(lines[0].ends_with(",passed,score,max_score"), "{csv}");
    assert_eq!(lines.len(), 5);
    assert!(
        lines[1].starts_with("max,"),
        "what each column is out of: {csv}"
    );
    assert!(lines[2].starts_with("alice,"), "{csv}");
    let alice_cells: Vec<&str> = lines[2].split(',').collect();
    assert_eq!(alice_cells[alice_cells.len() - 3], "2");

    let markdown = multistage_in(temp.path(), &home)
        .arg("report")
        .args(&students)
        .args(["--format", "markdown"])
        .assert()
        .success();
    let markdown = String::from_utf8_lossy(&markdown.get_output().stdout).into_owned();
    assert!(markdown.starts_with("| Exercice "), "{markdown}");
    let first = markdown
        .lines()
        .find(|line| line.starts_with("| 01-premier-multi-stage "))
        .unwrap();
    let cells: Vec<&str> = first.split('|').map(str::trim).collect();
    assert_eq!(cells, ["", "01-premier-multi-stage", "✓", "✗", "○", ""]);

    multistage_in(temp.path(), &home)
        .args(["report", "nobody-here"])
        .assert()
        .code(2)
        .stderr(contains("pas un dossier"));
    // A folder that is not a workspace is refused, not graded as all missing.
    fs::create_dir(temp.path().join("empty")).unwrap();
    multistage_in(temp.path(), &home)
        .args(["report", "empty"])
        .assert()
        .code(2)
        .stderr(contains("pas un espace de travail multistage"));
    // A student's repository holding the default multistage-exercices/.
    let repo = temp.path().join("dupont");
    fs::create_dir(&repo).unwrap();
    fs::rename(&students[0], repo.join("multistage-exercices")).unwrap();
    let json = multistage_in(temp.path(), &home)
        .args(["report", "dupont", "--format", "json"])
        .assert()
        .success();
    let json: Value = serde_json::from_slice(&json.get_output().stdout).unwrap();
    assert_eq!(json["students"][0]["name"], "dupont");
    assert_eq!(json["students"][0]["passed"], 2);
    let failed = &json["students"][0]["exercises"][2]["failed"];
    assert!(failed.as_array().is_some_and(|f| !f.is_empty()), "{failed}");
}

#[test]
fn check_json_scores_each_check_and_the_total() {
    let (temp, students, home) = class();
    let output = multistage_in(&students[1], &home)
        .args(["check", "01", "--format", "json"])
        .assert()
        .code(1);
    let json: Value = serde_json::from_slice(&output.get_output().stdout).unwrap();
    let checks = json["checks"].as_array().unwrap();
    let sum: u64 = checks.iter().map(|c| c["score"].as_u64().unwrap()).sum();
    assert_eq!(json["score"].as_u64().unwrap(), sum);
    assert_eq!(json["max_score"].as_u64().unwrap(), checks.len() as u64);
    assert!(
        sum > 0 && sum < checks.len() as u64,
        "partial credit: {sum}"
    );
    let all = multistage_in(&students[0], &home)
        .args(["check", "--all", "--format", "json"])
        .assert()
        .code(1);
    let all: Value = serde_json::from_slice(&all.get_output().stdout).unwrap();
    assert!(all["score"].as_u64().unwrap() < all["max_score"].as_u64().unwrap());
    drop(temp);
}

#[test]
fn progress_then_reset_all() {
    let (temp, students, home) = class();
    let alice = &students[0];
    multistage_in(alice, &home)
        .args(["check", "01"])
        .assert()
        .success();
    multistage_in(alice, &home)
        .args(["hint", "02"])
        .assert()
        .success();
    multistage_in(alice, &home)
        .arg("progress")
        .assert()
        .success()
        .stdout(contains("Exercices réussis\u{a0}: 1/17"))
        .stdout(contains("(1 indice)"));
    let json = multistage_in(alice, &home)
        .args(["progress", "--format", "json"])
        .assert()
        .success();
    let json: Value = serde_json::from_slice(&json.get_output().stdout).unwrap();
    assert!(
        json["exercises"][0]["passed_at"]
            .as_str()
            .unwrap()
            .starts_with("20")
    );
    let hints = json["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .find(|exercise| exercise["id"] == "02-nommer-les-stages")
        .expect("02 listed")["hints"]
        .clone();
    assert_eq!(hints, 1);

    // Not on a terminal, --all needs --yes; nothing changes without it.
    multistage_in(alice, &home)
        .args(["reset", "--all"])
        .assert()
        .code(2)
        .stderr(contains("--yes"));
    assert_eq!(
        fs::read_to_string(alice.join("01-premier-multi-stage/Dockerfile")).unwrap(),
        solution("01-premier-multi-stage")
    );
    multistage_in(alice, &home)
        .args(["reset", "--all", "--yes"])
        .assert()
        .success()
        .stdout(contains(
            "17\u{a0}exercices remis au départ (2\u{a0}fichiers sauvegardés)",
        ));
    let backups = common::files_named(&alice.join("01-premier-multi-stage"), "Dockerfile.bak-");
    assert_eq!(backups.len(), 1);
    multistage_in(alice, &home)
        .arg("progress")
        .assert()
        .success()
        .stdout(contains("Exercices réussis\u{a0}: 0/17"));
    assert_eq!(
        common::files_named(alice, ".multistage-progress.json.bak-").len(),
        1,
        "the old progress is kept"
    );
    drop(temp);
}

/// The review's M5 and M6: progress belongs to its workspace. A pass in
/// one is not « réussi » in another, and `reset --all` in one leaves the
/// others and the lessons read alone.
#[test]
fn progress_belongs_to_its_workspace() {
    let (temp, students, home) = class();
    let (alice, chloe) = (&students[0], &students[2]);
    fs::create_dir_all(&home).unwrap();
    fs::write(
        home.join("progress.json"),
        "{\"lessons_read\": {\"introduction\": \"2026-12-01T10:00:00Z\"}}",
    )
    .unwrap();
    fs::write(
        chloe.join("02-nommer-les-stages/Dockerfile"),
        solution("02-nommer-les-stages"),
    )
    .unwrap();
    multistage_in(chloe, &home)
        .args(["check", "02"])
        .assert()
        .success();
    multistage_in(alice, &home)
        .args(["check", "01"])
        .assert()
        .success();
    // Bob never passed 02: his list does not say so.
    multistage_in(&students[1], &home)
        .arg("list")
        .assert()
        .success()
        .stdout(contains("Exercices réussis\u{a0}: 0/17"));
    multistage_in(alice, &home)
        .args(["reset", "--all", "--yes"])
        .assert()
        .success();
    multistage_in(chloe, &home)
        .arg("progress")
        .assert()
        .success()
        .stdout(contains("Exercices réussis\u{a0}: 1/17"))
        .stdout(contains("Leçons lues\u{a0}: 1/8"));
    multistage_in(alice, &home)
        .arg("progress")
        .assert()
        .success()
        .stdout(contains("Exercices réussis\u{a0}: 0/17"))
        .stdout(contains("Leçons lues\u{a0}: 1/8"));
    drop(temp);
}

#[test]
fn ci_gets_a_json_result_even_for_a_file_it_cannot_grade() {
    let (temp, students, home) = class();
    let chloe = &students[2];
    let output = multistage_in(chloe, &home)
        .args(["check", "03", "--format", "json"])
        .assert()
        .code(2);
    let json: Value = serde_json::from_slice(&output.get_output().stdout).unwrap();
    assert_eq!(json["exercise"], "03-image-runtime-legere");
    assert_eq!(json["passed"], false);
    assert_eq!(json["score"], 0);
    assert!(
        json["error"]
            .as_str()
            .unwrap()
            .contains("pas de Dockerfile")
    );

    // Run from the repository above its workspace: said, not silent.
    let repo = temp.path().join("depot");
    fs::create_dir(&repo).unwrap();
    fs::rename(chloe, repo.join("multistage-exercices")).unwrap();
    multistage_in(&repo, &home)
        .args(["check", "01"])
        .assert()
        .stderr(contains("l’espace de travail de ce dossier est"));
}

/// The review's H2: a workspace records its pack relative to itself, so
/// the class folder can move or be cloned with its pack; where the pack is
/// missing, the commands say so and go on with the built-in exercises.
#[test]
fn a_workspace_and_its_pack_travel_together() {
    let (temp, pack, home) = example_pack();
    multistage_in(temp.path(), &home)
        .arg("--pack")
        .arg(&pack)
        .args(["init", "eleves/alice"])
        .assert()
        .success();
    let marker =
        fs::read_to_string(temp.path().join("eleves/alice/.multistage-workspace")).unwrap();
    assert!(marker.contains("pack = \"../../mon-pack\""), "{marker}");

    // The whole class folder moves (or is cloned elsewhere).
    let moved = tempfile::tempdir().unwrap();
    let class = moved.path().join("classe");
    fs::rename(temp.path(), &class)
        .or_else(|_| {
            // Another file system: copy instead.
            std::process::Command::new("cp")
                .arg("-r")
                .arg(temp.path())
                .arg(&class)
                .status()
                .map(|_| ())
        })
        .unwrap();
    let alice = class.join("eleves/alice");
    multistage_in(&alice, &home)
        .args(["list", "--format", "json"])
        .assert()
        .success()
        .stdout(contains("\"90-mon-exercice\""));

    // The pack is gone: said once, and the built-in exercises still work.
    fs::remove_dir_all(class.join("mon-pack")).unwrap();
    let output = multistage_in(&alice, &home)
        .args(["check", "01-premier-multi-stage"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "graded, not refused");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stderr.matches("le pack de cet espace de travail").count(),
        1,
        "{stderr}"
    );
    assert!(stderr.contains("seuls les exercices intégrés"), "{stderr}");
}

/// The review's H3: `report` grades each workspace on the pack it was
/// handed out with, and says when students were not given the same ones.
#[test]
fn report_grades_each_workspace_with_its_own_pack() {
    let (temp, pack, home) = example_pack();
    for name in ["alice", "bob"] {
        multistage_in(temp.path(), &home)
            .arg("--pack")
            .arg(&pack)
            .args(["init", name])
            .assert()
            .success();
    }
    multistage_in(temp.path(), &home)
        .args(["init", "chloe"])
        .assert()
        .success();
    let solution =
        fs::read_to_string(pack.join("exercises/90-mon-exercice/solution.Dockerfile")).unwrap();
    fs::write(
        temp.path().join("alice/90-mon-exercice/Dockerfile"),
        solution,
    )
    .unwrap();
    let output = multistage_in(temp.path(), &home)
        .args(["report", "alice", "bob", "chloe"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    let row = text
        .lines()
        .find(|line| line.starts_with("90-mon-exercice"))
        .unwrap_or_else(|| panic!("the pack's exercise is in the report:\n{text}"));
    assert_eq!(
        row.split_whitespace().skip(1).collect::<Vec<_>>(),
        ["✓", "○", "·"]
    );
    let passed = text
        .lines()
        .find(|line| line.starts_with("Réussis"))
        .unwrap();
    assert_eq!(
        passed.split_whitespace().skip(1).collect::<Vec<_>>(),
        ["1/18", "0/18", "0/17"]
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("pas tous reçu les mêmes exercices"),
        "{stderr}"
    );
}

/// The exercise format's reference travels in the binary (review: a
/// teacher with only the binary had none).
#[test]
fn the_exercise_format_guide_is_in_the_binary() {
    let temp = tempfile::tempdir().unwrap();
    multistage_in(temp.path(), &temp.path().join("home"))
        .args(["pack", "guide"])
        .assert()
        .success()
        .stdout(contains("# Écrire un exercice pour `multistage`"))
        .stdout(contains("| `context_excludes` |"));
}

/// The review's L4: a pack exercise numbered like a built-in one made
/// `check 02` ambiguous and the home list and header disagree. `pack check`
/// refuses the clash and says which number to take.
#[test]
fn pack_check_refuses_a_number_a_built_in_exercise_has() {
    let (temp, pack, home) = example_pack();
    let exercises = pack.join("exercises");
    fs::rename(
        exercises.join("90-mon-exercice"),
        exercises.join("02-python-leger"),
    )
    .unwrap();
    let toml_path = exercises.join("02-python-leger/exercise.toml");
    let toml = fs::read_to_string(&toml_path).unwrap();
    fs::write(
        &toml_path,
        toml.replacen("id = \"90-mon-exercice\"", "id = \"02-python-leger\"", 1),
    )
    .unwrap();
    let lesson_path = pack.join("content/01-ma-lecon.md");
    let lesson = fs::read_to_string(&lesson_path).unwrap();
    fs::write(
        &lesson_path,
        lesson.replace("90-mon-exercice", "02-python-leger"),
    )
    .unwrap();
    let output = pack_check(temp.path(), &home, &pack).code(1);
    let text = String::from_utf8_lossy(&output.get_output().stdout).into_owned();
    assert!(
        text.contains("le numéro 02 est déjà celui de `02-nommer-les-stages`"),
        "{text}"
    );
}
