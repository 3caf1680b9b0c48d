//! The exercise commands, run as a learner and a teacher run them:
//! `init`, `check` (one, `--all`, JSON, exit codes), `list`, `hint`,
//! `solution`, `reset`, and what they do with bad input.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

use common::{multistage_in, solution};
use tempfile::TempDir;

struct Class {
    _temp: TempDir,
    root: PathBuf,
    home: PathBuf,
}

/// A fresh folder with a workspace made by `multistage init`.
fn workspace() -> Class {
    let temp = tempfile::tempdir().unwrap();
    let home = temp.path().join("home");
    multistage_in(temp.path(), &home)
        .arg("init")
        .assert()
        .success()
        .stdout(predicates::str::contains("Espace de travail prêt"));
    Class {
        root: temp.path().join("multistage-exercices"),
        home,
        _temp: temp,
    }
}

#[test]
fn init_writes_every_starting_dockerfile_and_never_overwrites_the_learners() {
    let class = workspace();
    assert!(class.root.join(".multistage-workspace").is_file());
    let file = class.root.join("01-premier-multi-stage/Dockerfile");
    assert!(fs::read_to_string(&file).unwrap().contains("FROM node:22"));
    // 17 exercises, the marker, and a LISEZMOI.md that says the project is
    // simulated: `docker build` in a folder would find no package.json.
    assert_eq!(fs::read_dir(&class.root).unwrap().count(), 19);
    let readme = fs::read_to_string(class.root.join("LISEZMOI.md")).unwrap();
    assert!(
        readme.contains("le correcteur de multistage le simule"),
        "{readme}"
    );

    fs::write(&file, "FROM node:22-slim\n# mon travail\n").unwrap();
    multistage_in(class.root.parent().unwrap(), &class.home)
        .args(["init", "multistage-exercices"])
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "0\u{a0}exercice ajouté, 17 déjà là",
        ));
    assert!(fs::read_to_string(&file).unwrap().contains("# mon travail"));
}

#[test]
fn check_grades_the_workspace_copy_and_exits_one_until_it_passes() {
    let class = workspace();
    let output = multistage_in(&class.root, &class.home)
        .args(["check", "01"])
        .assert()
        .code(1);
    let text = String::from_utf8_lossy(&output.get_output().stdout).into_owned();
    assert!(
        text.starts_with("01-premier-multi-stage · Votre premier multi-stage build\n"),
        "{text}"
    );
    assert!(text.contains("  ✗ "), "{text}");
    assert!(text.contains("Taille estimée\u{a0}: "), "{text}");
    assert!(text.contains("multistage hint 01"), "{text}");

    fs::write(
        class.root.join("01-premier-multi-stage/Dockerfile"),
        solution("01-premier-multi-stage"),
    )
    .unwrap();
    // From inside the exercise's folder, the id is not even needed.
    let output = multistage_in(&class.root.join("01-premier-multi-stage"), &class.home)
        .arg("check")
        .assert()
        .success();
    let text = String::from_utf8_lossy(&output.get_output().stdout).into_owned();
    assert!(
        !text.contains('✗') && text.contains("Bravo\u{a0}!"),
        "{text}"
    );

    // The pass is remembered: `list` shows it and `solution` opens.
    multistage_in(&class.root, &class.home)
        .args(["list"])
        .assert()
        .success()
        .stdout(predicates::str::contains("✓ 01-premier-multi-stage"))
        .stdout(predicates::str::contains("Exercices réussis\u{a0}: 1/17"));
    multistage_in(&class.root, &class.home)
        .args(["solution", "01"])
        .assert()
        .success()
        .stdout(predicates::str::contains("COPY --from="));
}

#[test]
fn list_puts_each_exercise_under_the_lesson_that_teaches_it() {
    let class = workspace();
    let output = multistage_in(&class.root, &class.home)
        .args(["list"])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&output.get_output().stdout).into_owned();
    let at = |needle: &str| {
        text.find(needle)
            .unwrap_or_else(|| panic!("{needle} missing: {text}"))
    };
    // Naming stages is taught in the bonus, after the examples of lesson 6.
    assert!(at("5. Quelques limites") < at("09-un-seul-dockerfile"));
    assert!(at("09-un-seul-dockerfile") < at("6. Exemples"));
    assert!(at("07-go-scratch") < at("7. Bonus"));
    assert!(at("7. Bonus") < at("02-nommer-les-stages"));
    // The tutorial's marks: ○ not read or to do, ◐ started, ✓ done.
    assert!(text.contains("  ○ 1. Introduction"), "{text}");
    assert!(text.contains("      ○ 01-premier-multi-stage"), "{text}");
    fs::write(
        class.root.join("01-premier-multi-stage/Dockerfile"),
        "FROM node:22 AS build\n",
    )
    .unwrap();
    let output = multistage_in(&class.root, &class.home)
        .args(["list"])
        .assert()
        .success();
    let started = String::from_utf8_lossy(&output.get_output().stdout).into_owned();
    assert!(
        started.contains("      ◐ 01-premier-multi-stage"),
        "{started}"
    );
    // `check --all` grades them in the same order.
    let output = multistage_in(&class.root, &class.home)
        .args(["check", "--all", "--format", "json"])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    let ids: Vec<&str> = json
        .as_array()
        .or_else(|| json["exercises"].as_array())
        .expect("a list of grades")
        .iter()
        .map(|grade| grade["exercise"].as_str().unwrap())
        .collect();
    assert_eq!(
        &ids[..3],
        [
            "01-premier-multi-stage",
            "03-image-runtime-legere",
            "04-dependances-de-production"
        ]
    );
    assert_eq!(ids.last(), Some(&"15-exporter-un-binaire"));
}

#[test]
fn check_json_has_the_shape_of_the_spec() {
    let class = workspace();
    let output = multistage_in(&class.root, &class.home)
        .args(["check", "03-image-runtime-legere", "--format", "json"])
        .assert()
        .code(1);
    let json: Value = serde_json::from_slice(&output.get_output().stdout).unwrap();
    assert_eq!(json["exercise"], "03-image-runtime-legere");
    assert_eq!(json["passed"], false);
    let checks = json["checks"].as_array().unwrap();
    assert!(
        checks
            .iter()
            .all(|c| c["id"].is_string() && c["passed"].is_boolean() && c["message"].is_string())
    );
    let failed = checks.iter().find(|c| c["passed"] == false).unwrap();
    assert!(failed["detail"].as_str().is_some_and(|d| !d.is_empty()));
    assert!(json["diagnostics"].is_array());
    assert!(
        json["sizes"]["final"].as_u64().unwrap() > json["sizes"]["naive"].as_u64().unwrap() / 2
    );
    // The start's runtime is the full node:22 and receives dist/ from the build stage.
    assert_eq!(json["image"]["base"], "node:22");
    let files = json["image"]["files"].as_array().unwrap();
    assert!(files.iter().any(|file| {
        file["tags"]
            .as_array()
            .unwrap()
            .contains(&Value::from("build-output"))
            && file["from"].is_string()
    }));
}

#[test]
fn check_all_grades_every_exercise_for_a_teacher() {
    let class = workspace();
    for id in ["02-nommer-les-stages", "07-go-scratch"] {
        fs::write(class.root.join(id).join("Dockerfile"), solution(id)).unwrap();
        let ignore = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("exercises")
            .join(id)
            .join("solution.dockerignore");
        if let Ok(text) = fs::read_to_string(ignore) {
            fs::write(class.root.join(id).join(".dockerignore"), text).unwrap();
        }
    }
    let output = multistage_in(&class.root, &class.home)
        .args(["check", "--all", "--format", "json"])
        .assert()
        .code(1);
    let json: Value = serde_json::from_slice(&output.get_output().stdout).unwrap();
    assert_eq!(json["total"], 17);
    assert_eq!(json["passed"], 2);
    let exercises = json["exercises"].as_array().unwrap();
    assert_eq!(exercises.len(), 17);
    let grade = |id: &str| {
        exercises
            .iter()
            .find(|grade| grade["exercise"] == id)
            .unwrap_or_else(|| panic!("{id} graded"))
    };
    assert_eq!(grade("02-nommer-les-stages")["passed"], true);
    assert_eq!(grade("01-premier-multi-stage")["passed"], false);

    for exercise in exercises {
        let id = exercise["exercise"].as_str().unwrap();
        fs::write(class.root.join(id).join("Dockerfile"), solution(id)).unwrap();
        let ignore = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("exercises")
            .join(id)
            .join("solution.dockerignore");
        if let Ok(text) = fs::read_to_string(ignore) {
            fs::write(class.root.join(id).join(".dockerignore"), text).unwrap();
        }
    }
    multistage_in(&class.root, &class.home)
        .args(["check", "--all"])
        .assert()
        .success()
        .stdout(predicates::str::contains("Exercices réussis\u{a0}: 17/17"));
}

#[test]
fn check_an_explicit_file_in_english() {
    let temp = tempfile::tempdir().unwrap();
    let file = temp.path().join("Dockerfile");
    fs::write(&file, solution("05-python-venv")).unwrap();
    multistage_in(temp.path(), &temp.path().join("home"))
        .args(["check", "python", "Dockerfile", "--lang", "en"])
        .assert()
        .success()
        .stdout(predicates::str::contains("Well done!"));
}

#[test]
fn hints_come_one_at_a_time_and_are_remembered() {
    let class = workspace();
    let first = multistage_in(&class.root, &class.home)
        .args(["hint", "02"])
        .assert()
        .success();
    let first = String::from_utf8_lossy(&first.get_output().stdout).into_owned();
    assert!(
        first.starts_with("Indice 1/") && !first.contains("Indice 2/"),
        "{first}"
    );
    let second = multistage_in(&class.root, &class.home)
        .args(["hint", "02"])
        .assert()
        .success();
    let second = String::from_utf8_lossy(&second.get_output().stdout).into_owned();
    assert!(
        second.contains("Indice 1/") && second.contains("Indice 2/"),
        "{second}"
    );
    // Recorded with the workspace's exercises.
    let progress: Value = serde_json::from_str(
        &fs::read_to_string(class.root.join(".multistage-progress.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(progress["exercises"]["02-nommer-les-stages"]["hints"], 2);
}

#[test]
fn the_solution_waits_for_a_pass_or_a_yes() {
    let class = workspace();
    multistage_in(&class.root, &class.home)
        .args(["solution", "04"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--yes"))
        .stdout("");
    let output = multistage_in(&class.root, &class.home)
        .args(["solution", "04", "--yes"])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&output.get_output().stdout).into_owned();
    assert_eq!(
        text,
        solution("04-dependances-de-production"),
        "printed as written, line by line"
    );
}

#[test]
fn reset_puts_the_start_back_and_keeps_a_backup() {
    let class = workspace();
    let file = class.root.join("08-stage-de-test/Dockerfile");
    fs::write(&file, "FROM node:22 AS mon-travail\n").unwrap();
    multistage_in(&class.root, &class.home)
        .args(["reset", "08"])
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "Votre version est sauvegardée dans",
        ));
    let start = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises/08-stage-de-test/Dockerfile"),
    )
    .unwrap();
    assert_eq!(fs::read_to_string(&file).unwrap(), start);
    let backups = common::files_named(file.parent().unwrap(), "Dockerfile.bak-");
    assert_eq!(backups.len(), 1);
    assert_eq!(
        fs::read_to_string(&backups[0]).unwrap(),
        "FROM node:22 AS mon-travail\n"
    );
}

#[test]
fn bad_input_is_exit_two_with_a_message() {
    let class = workspace();
    let run = |args: &[&str]| {
        multistage_in(&class.root, &class.home)
            .args(args)
            .assert()
            .code(2)
    };
    run(&["check", "99"]).stderr(predicates::str::contains(
        "aucun exercice ne correspond à «\u{a0}99\u{a0}»",
    ));
    run(&["check", "../../etc"]).stderr(predicates::str::contains("identifiant d’exercice refusé"));
    run(&["hint", "p"]).stderr(predicates::str::contains("désigne plusieurs exercices"));
    // A named pipe with no writer would block a naive open forever.
    let fifo = class.root.join("tube");
    if std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success())
    {
        run(&["check", "01", "tube"]).stderr(predicates::str::contains("pas un fichier ordinaire"));
    }
    run(&["hint", "01/../../x"]).stderr(predicates::str::contains("refusé"));
    run(&["check", "01", "absent.Dockerfile"])
        .stderr(predicates::str::contains("absent.Dockerfile"));
    run(&["check", "01", "."]).stderr(predicates::str::contains("dossier"));
    run(&["check"]).stderr(predicates::str::contains("--all"));
    fs::write(class.root.join("binary"), [0xff, 0xfe, 0x00]).unwrap();
    run(&["check", "01", "binary"]).stderr(predicates::str::contains("UTF-8"));
    // A file that does not parse is graded, not refused: every check fails.
    fs::write(class.root.join("empty"), "").unwrap();
    multistage_in(&class.root, &class.home)
        .args(["check", "01", "empty"])
        .assert()
        .code(1);
}

#[test]
fn a_workspace_that_cannot_be_written_is_reported_not_a_crash() {
    let class = workspace();
    // An exercise folder replaced by a file: nothing can be written there, even as root.
    let folder = class.root.join("06-php-composer");
    fs::remove_dir_all(&folder).unwrap();
    fs::write(&folder, "pas un dossier").unwrap();
    multistage_in(&class.root, &class.home)
        .args(["reset", "06"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "06-php-composer/Dockerfile\u{a0}: un fichier est là où il faut un dossier",
        ));
    assert_eq!(fs::read_to_string(&folder).unwrap(), "pas un dossier");
}

#[cfg(unix)]
#[test]
fn a_read_only_workspace_is_reported_not_a_crash() {
    use std::os::unix::fs::PermissionsExt;
    let class = workspace();
    let folder = class.root.join("06-php-composer");
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o555)).unwrap();
    let probe = folder.join("probe");
    if fs::write(&probe, "x").is_ok() {
        eprintln!("skipped: running as root, permissions do not apply");
        let _ = fs::remove_file(probe);
        fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)).unwrap();
        return;
    }
    multistage_in(&class.root, &class.home)
        .args(["reset", "06"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("permission refusée"));
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)).unwrap();
    assert!(
        fs::read_to_string(folder.join("Dockerfile"))
            .unwrap()
            .contains("FROM")
    );
}

#[test]
fn a_corrupt_progress_file_is_set_aside_with_a_warning() {
    let class = workspace();
    fs::create_dir_all(&class.home).unwrap();
    fs::write(class.home.join("progress.json"), "{ pas du json").unwrap();
    fs::write(
        class.root.join("02-nommer-les-stages/Dockerfile"),
        solution("02-nommer-les-stages"),
    )
    .unwrap();
    multistage_in(&class.root, &class.home)
        .args(["check", "02"])
        .assert()
        .success()
        .stderr(predicates::str::contains("mis de côté"));
    let aside = common::files_named(&class.home, "corrupt");
    assert_eq!(aside.len(), 1);
    assert_eq!(fs::read_to_string(&aside[0]).unwrap(), "{ pas du json");
    // The lessons' file is written afresh, the pass goes with the workspace.
    let lessons: Value =
        serde_json::from_str(&fs::read_to_string(class.home.join("progress.json")).unwrap())
            .unwrap();
    assert!(lessons["lessons_read"].is_object());
    let progress: Value = serde_json::from_str(
        &fs::read_to_string(class.root.join(".multistage-progress.json")).unwrap(),
    )
    .unwrap();
    assert!(progress["exercises"]["02-nommer-les-stages"]["passed"].is_string());
}

#[test]
fn the_exercise_command_prints_the_instructions_and_the_file() {
    let class = workspace();
    let output = multistage_in(&class.root, &class.home)
        .args(["exercise", "07"])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&output.get_output().stdout).into_owned();
    assert!(text.starts_with("07-go-scratch · "), "{text}");
    assert!(
        !text.contains("^J"),
        "line breaks must stay line breaks:\n{text}"
    );
    assert!(text.contains("07-go-scratch/Dockerfile"), "{text}");
    assert!(text.contains("multistage check 07"), "{text}");
}

#[test]
fn piped_without_an_id_the_exercise_command_prints_the_first_not_passed() {
    let class = workspace();
    let first = multistage_in(&class.root, &class.home)
        .arg("exercise")
        .assert()
        .success();
    let text = String::from_utf8_lossy(&first.get_output().stdout).into_owned();
    assert!(text.starts_with("01-premier-multi-stage · "), "{text}");
    fs::write(
        class.root.join("01-premier-multi-stage/Dockerfile"),
        solution("01-premier-multi-stage"),
    )
    .unwrap();
    multistage_in(&class.root, &class.home)
        .args(["check", "01"])
        .assert()
        .success();
    let next = multistage_in(&class.root, &class.home)
        .arg("exercise")
        .assert()
        .success();
    let text = String::from_utf8_lossy(&next.get_output().stdout).into_owned();
    // The next one in lesson order: naming stages waits for the bonus.
    assert!(text.starts_with("03-image-runtime-legere · "), "{text}");
}

#[test]
fn check_all_grades_a_workspace_as_it_is_one_broken_exercise_does_not_stop_the_rest() {
    let class = workspace();
    fs::remove_dir_all(class.root.join("11-arg-avant-from")).unwrap();
    fs::write(
        class.root.join("12-copier-le-strict-necessaire/Dockerfile"),
        [0xff, 0xfe],
    )
    .unwrap();
    fs::write(
        class.root.join("02-nommer-les-stages/Dockerfile"),
        solution("02-nommer-les-stages"),
    )
    .unwrap();
    let output = multistage_in(&class.root, &class.home)
        .args(["check", "--all", "--format", "json"])
        .assert()
        .code(1);
    let json: Value = serde_json::from_slice(&output.get_output().stdout).unwrap();
    assert_eq!(
        (json["total"].as_u64(), json["passed"].as_u64()),
        (Some(17), Some(1))
    );
    assert!(
        json["workspace"]
            .as_str()
            .unwrap()
            .ends_with("multistage-exercices")
    );
    let detail = |id: &str| {
        json["exercises"]
            .as_array()
            .unwrap()
            .iter()
            .find(|grade| grade["exercise"] == id)
            .unwrap_or_else(|| panic!("{id} graded"))["checks"][0]["detail"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let missing = detail("11-arg-avant-from");
    assert!(missing.contains("Pas de Dockerfile"), "{missing}");
    let not_utf8 = detail("12-copier-le-strict-necessaire");
    assert!(not_utf8.contains("UTF-8"), "{not_utf8}");
    // Grading changes nothing in the workspace, nor the grader's own progress.
    assert!(!class.root.join("11-arg-avant-from").exists());
    assert!(!class.home.join("progress.json").exists());
}

#[test]
fn a_folder_that_only_looks_like_a_workspace_is_said() {
    let class = workspace();
    fs::remove_file(class.root.join(".multistage-workspace")).unwrap();
    multistage_in(&class.root, &class.home)
        .args(["check", "--all"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "pas de fichier .multistage-workspace",
        ));
}

/// What the checker does not know, it says: an image outside its table and
/// a command outside its knowledge base give a verdict with its reasons,
/// and the summary does not call the answer a full success.
#[test]
fn check_says_what_it_could_not_judge() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("Dockerfile");
    std::fs::write(
        &file,
        "FROM node:22 AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n\nFROM registry.example.com/team/node-runtime:3\nWORKDIR /app\nCOPY --from=build /app/dist ./dist\nRUN frobnicate --all\nCMD [\"node\", \"dist/index.js\"]\n",
    )
    .unwrap();
    let output = common::multistage()
        .args(["check", "01", file.to_str().unwrap(), "--lang", "en"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("does not know `registry.example.com/team/node-runtime:3`"),
        "{stdout}"
    );
    assert!(
        stdout.contains("`frobnicate --all`: the checker does not know this command"),
        "{stdout}"
    );
    assert!(stdout.contains("could not fully judge"), "{stdout}");
    assert!(!stdout.contains("Well done"), "{stdout}");
}

/// A hostile file within the size limit — a RUN nested 100,000 deep, a
/// start script that calls itself, a thousand stages copying from each
/// other — gets a verdict, not a crash.
#[test]
fn check_gives_a_verdict_on_hostile_input() {
    let dir = tempfile::tempdir().unwrap();
    let nested = format!(
        "FROM node:22\nRUN {}true{}\nCOPY --chmod=755 <<EOF /loop.sh\n#!/bin/sh\nexec /loop.sh \"$@\"\nEOF\nENTRYPOINT [\"/loop.sh\"]\n",
        "( ".repeat(100_000),
        " )".repeat(100_000)
    );
    let mut stages = String::from("FROM node:22 AS s0\nRUN npm --version\n");
    for index in 1..1000 {
        stages.push_str(&format!(
            "FROM s{} AS s{index}\nCOPY --from=s{} / /\n",
            index - 1,
            index - 1
        ));
    }
    for (name, text) in [("nested", nested), ("stages", stages)] {
        let file = dir.path().join(name);
        std::fs::write(&file, text).unwrap();
        let output = common::multistage()
            .args(["check", "01", file.to_str().unwrap(), "--format", "json"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1), "{name}: {output:?}");
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(json["passed"], false, "{name}");
    }
}

/// Exercise 17 is the project's `.dockerignore`: `init` writes it beside
/// the Dockerfile, `check` reads it there (as Docker reads the context's),
/// `reset` puts both back with a backup, and a `.dockerignore` that cannot
/// be read is exit 2 with its name, never a silent grade without it.
#[test]
fn the_dockerignore_exercise_grades_the_learners_second_file() {
    let class = workspace();
    let folder = class.root.join("17-contexte-de-build");
    let ignore = folder.join(".dockerignore");
    let start = fs::read_to_string(&ignore).expect("init writes the starting .dockerignore");
    assert!(start.starts_with('#'), "{start}");
    let check = |args: &[&str]| {
        multistage_in(&class.root, &class.home)
            .args(args)
            .output()
            .unwrap()
    };
    let output = check(&["check", "17"]);
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("Le contexte de build contient encore\u{a0}: `node_modules` (146\u{a0}Mo)"),
        "{stdout}"
    );

    // `.env` alone leaves `.env.local` behind: Docker matches whole names.
    fs::write(&ignore, "node_modules\n.git\n.env\ndist\ncoverage\n").unwrap();
    let output = check(&["check", "17"]);
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("`.env.local` (200\u{a0}o)"), "{stdout}");
    assert!(!stdout.contains("`node_modules` ("), "{stdout}");

    fs::write(&ignore, "node_modules\n.git\n.env*\ndist\ncoverage\n").unwrap();
    check(&["check", "17"])
        .status
        .success()
        .then_some(())
        .expect("the solution's patterns pass");

    // Excluding the lock file breaks the build, as `npm ci` would.
    fs::write(
        &ignore,
        "node_modules\n.git\n.env*\ndist\ncoverage\n*.json\n",
    )
    .unwrap();
    let output = check(&["check", "17"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stdout).contains("✗ `docker build .`"));

    // Unreadable: said, exit 2.
    fs::remove_file(&ignore).unwrap();
    fs::create_dir(&ignore).unwrap();
    let output = check(&["check", "17"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains(".dockerignore"));
    fs::remove_dir(&ignore).unwrap();

    // Missing: Docker sends the whole context, the grade says so.
    let output = check(&["check", "17"]);
    assert_eq!(output.status.code(), Some(1));

    fs::write(&ignore, "node_modules\n").unwrap();
    multistage_in(&class.root, &class.home)
        .args(["reset", "17"])
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "Dockerfile et .dockerignore de départ remis en place",
        ));
    assert_eq!(fs::read_to_string(&ignore).unwrap(), start);
    let backups = common::files_named(&folder, ".dockerignore.bak-");
    assert_eq!(backups.len(), 1);
    assert_eq!(fs::read_to_string(&backups[0]).unwrap(), "node_modules\n");
}

/// The review's L3: `init` inside a workspace does not nest a second one;
/// at the workspace's root, it completes it.
#[test]
fn init_inside_a_workspace_does_not_nest_another() {
    let class = workspace();
    multistage_in(&class.root, &class.home)
        .arg("init")
        .assert()
        .code(2)
        .stderr(predicates::str::contains("déjà dans l’espace de travail"));
    assert!(!class.root.join("multistage-exercices").exists());
    multistage_in(&class.root.join("01-premier-multi-stage"), &class.home)
        .args(["init", "ailleurs"])
        .assert()
        .code(2);
    fs::remove_dir_all(class.root.join("02-nommer-les-stages")).unwrap();
    multistage_in(&class.root, &class.home)
        .args(["init", "."])
        .assert()
        .success();
    assert!(class.root.join("02-nommer-les-stages/Dockerfile").is_file());
}
