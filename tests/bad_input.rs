//! The bad-input promise (SPEC §11), as one matrix: every command that
//! reads a file × every kind of bad file, then the bad states around the
//! files (a workspace that cannot be written, a corrupt progress file, bad
//! packs, unknown exercises). Each case asserts the exit code SPEC gives, a
//! message naming the problem, no panic, no raw escape sequence on either
//! output, and nothing of the learner's changed.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

/// One kind of input file, written into the case's folder.
struct Input {
    name: &'static str,
    /// `None`: the path does not exist; `Some(None)`: a folder.
    bytes: Option<Option<Vec<u8>>>,
}

fn inputs() -> Vec<Input> {
    let file = |name, bytes: Vec<u8>| Input {
        name,
        bytes: Some(Some(bytes)),
    };
    let mut long = b"FROM alpine\n".to_vec();
    for _ in 0..100_000 {
        long.extend_from_slice(b"RUN x\n");
    }
    vec![
        Input {
            name: "missing",
            bytes: None,
        },
        Input {
            name: "folder",
            bytes: Some(None),
        },
        file("empty", Vec::new()),
        file(
            "binary",
            b"\x7fELF\x02\x01\x01\x00\x00\x00\x03\x00".to_vec(),
        ),
        file("non-utf8", b"FROM alpine\nRUN \xc3\x28\n".to_vec()),
        file("2-mib", vec![b'a'; 2 * 1024 * 1024]),
        file("100k-lines", long),
        file(
            "escapes",
            b"FROM alpine AS b\x1b]0;PWNED\x07\nRUN echo \x1b[31mred \x1b[2J\n".to_vec(),
        ),
        file("crlf", b"FROM alpine\r\nRUN true\r\n".to_vec()),
    ]
}

/// What a command must do with an input: the exit code, and for exit 2
/// the words that name the problem.
fn expected(command: &str, input: &str) -> (i32, &'static str) {
    match input {
        "missing" => (2, "fichier introuvable"),
        "folder" => (2, "c’est un dossier"),
        "non-utf8" => (2, "pas du texte UTF-8"),
        "2-mib" => (2, "fichier trop gros"),
        // A file BuildKit refuses: `parse` and `graph` cannot show it
        // (exit 2); `lint` and `check` report it as a diagnostic (exit 1).
        "empty" => match command {
            "parse" | "graph" => (2, "BuildKit refuse ce fichier"),
            _ => (1, ""),
        },
        "binary" => match command {
            "parse" => (0, ""),
            "graph" => (2, "aucun stage"),
            _ => (1, ""),
        },
        // A stage name full of escapes is an error the linter reports.
        "escapes" => match command {
            "lint" | "check" => (1, ""),
            _ => (0, ""),
        },
        // Readable files: fine for the tools, not an answer to exercise 01.
        _ => match command {
            "check" => (1, ""),
            _ => (0, ""),
        },
    }
}

/// The checks common to every case.
fn assert_clean(case: &str, output: &std::process::Output, code: i32, problem: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(code), "{case}: {stderr}");
    assert!(!stderr.contains("panicked"), "{case}: {stderr}");
    assert!(!stderr.contains("RUST_BACKTRACE"), "{case}: {stderr}");
    for (what, bytes) in [("stdout", &output.stdout), ("stderr", &output.stderr)] {
        assert!(
            !bytes.contains(&0x1b) && !bytes.contains(&0x07),
            "{case}: a raw escape on {what}"
        );
    }
    if code == 2 {
        assert!(stderr.starts_with("multistage"), "{case}: {stderr}");
        assert!(
            stderr.contains(problem),
            "{case}: {problem:?} not in {stderr}"
        );
    }
}

/// A workspace (made by `init`) and a home, in a fresh folder.
fn setup() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let temp = tempfile::tempdir().unwrap();
    let home = temp.path().join("home");
    run(temp.path(), &home, &["init", "ws"]);
    let workspace = temp.path().join("ws");
    (temp, workspace, home)
}

fn command(dir: &Path, home: &Path) -> assert_cmd::Command {
    let mut command = common::multistage();
    command.current_dir(dir).env("MULTISTAGE_HOME", home);
    command
}

fn run(dir: &Path, home: &Path, args: &[&str]) -> std::process::Output {
    command(dir, home).args(args).output().unwrap()
}

/// Every file of a folder, with its bytes: to see that nothing changed.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap().map(Result::unwrap) {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if !path.ends_with(".multistage-progress.json") {
                // (The workspace's progress is the tool's, not the learner's
                // files: `hint` records a hint taken there.)
                files.push((path.clone(), fs::read(&path).unwrap()));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn every_command_that_reads_a_file_times_every_bad_file() {
    let (temp, workspace, home) = setup();
    let inputs_dir = temp.path().join("inputs");
    fs::create_dir(&inputs_dir).unwrap();
    for input in inputs() {
        let path = inputs_dir.join(input.name);
        match &input.bytes {
            None => {}
            Some(None) => fs::create_dir(&path).unwrap(),
            Some(Some(bytes)) => fs::write(&path, bytes).unwrap(),
        }
    }
    let before = snapshot(&workspace);
    let mut cases = 0;
    for command_name in ["parse", "lint", "graph", "check"] {
        for input in inputs() {
            let path = inputs_dir.join(input.name);
            let path = path.to_str().unwrap();
            let mut args = vec![command_name];
            if command_name == "check" {
                args.push("01");
            }
            args.push(path);
            let output = run(&workspace, &home, &args);
            let (code, problem) = expected(command_name, input.name);
            assert_clean(
                &format!("{command_name} {}", input.name),
                &output,
                code,
                problem,
            );
            // The same through standard input, where a path is not needed.
            if let Some(Some(bytes)) = &input.bytes {
                let mut stdin_args = args.clone();
                *stdin_args.last_mut().unwrap() = "-";
                let output = command(&workspace, &home)
                    .args(&stdin_args)
                    .write_stdin(bytes.clone())
                    .output()
                    .unwrap();
                // The messages name the problem, not the path: the same words.
                assert_clean(
                    &format!("{command_name} - < {}", input.name),
                    &output,
                    code,
                    problem,
                );
            }
            cases += 1;
        }
    }
    assert_eq!(cases, 36);
    assert_eq!(
        snapshot(&workspace),
        before,
        "the learner's files are untouched"
    );
}

#[test]
fn the_learners_own_file_bad_in_every_way_is_graded_or_refused_never_changed() {
    let (_temp, workspace, home) = setup();
    for input in inputs() {
        let file = workspace.join("01-premier-multi-stage/Dockerfile");
        let _ = fs::remove_file(&file);
        let _ = fs::remove_dir_all(&file);
        match &input.bytes {
            None => {}
            Some(None) => fs::create_dir(&file).unwrap(),
            Some(Some(bytes)) => fs::write(&file, bytes).unwrap(),
        }
        let before = snapshot(&workspace);
        let case = format!("check 01 on a workspace file: {}", input.name);
        let output = run(&workspace, &home, &["check", "01"]);
        let (code, problem) = match expected("check", input.name) {
            (2, _) if input.name == "missing" => (2, "pas de Dockerfile pour cet exercice"),
            other => other,
        };
        assert_clean(&case, &output, code, problem);
        // --all grades the others and says what is wrong with this one.
        let all = run(&workspace, &home, &["check", "--all", "--format", "json"]);
        assert_clean(&format!("{case} (--all)"), &all, 1, "");
        let json: serde_json::Value = serde_json::from_slice(&all.stdout).unwrap();
        assert_eq!(json["total"], 17, "{case}");
        for args in [&["hint", "01"][..], &["list"], &["progress"]] {
            let output = run(&workspace, &home, args);
            assert_clean(&format!("{case}: {args:?}"), &output, 0, "");
        }
        assert_eq!(snapshot(&workspace), before, "{case}: nothing changed");
    }
}

#[test]
fn unknown_or_unsafe_exercises_are_refused_by_every_command() {
    let (_temp, workspace, home) = setup();
    let before = snapshot(&workspace);
    for id in [
        "zzz",
        "../01-premier-multi-stage",
        "01/../../etc",
        "\x1b[2J",
    ] {
        for command_name in ["check", "exercise", "hint", "solution", "reset"] {
            let output = run(&workspace, &home, &[command_name, id]);
            let case = format!("{command_name} {id:?}");
            let problem = if id == "zzz" {
                "aucun exercice ne correspond"
            } else {
                "exercice"
            };
            assert_clean(&case, &output, 2, problem);
        }
    }
    for (args, problem) in [
        (&["lesson", "zzz"][..], "aucune leçon ne correspond"),
        (&["fiche", "--section", "zzz"], "zzz"),
    ] {
        let output = run(&workspace, &home, args);
        assert_clean(&format!("{args:?}"), &output, 2, problem);
    }
    assert_eq!(snapshot(&workspace), before);
}

#[test]
fn a_workspace_that_cannot_be_written() {
    let temp = tempfile::tempdir().unwrap();
    // A file where a folder should be: refused even for root, unlike chmod.
    let blocker = temp.path().join("not-a-folder");
    fs::write(&blocker, "x").unwrap();
    let home = temp.path().join("home");
    let inside = blocker.join("ws");
    let output = run(temp.path(), &home, &["init", inside.to_str().unwrap()]);
    assert_clean("init under a file", &output, 2, "not-a-folder");
    // The data folder itself under a file: every command that needs a workspace says so.
    let output = command(temp.path(), &blocker)
        .args(["check", "01"])
        .output()
        .unwrap();
    assert_clean("MULTISTAGE_HOME is a file", &output, 2, "not-a-folder");
    assert_eq!(fs::read_to_string(&blocker).unwrap(), "x");
}

#[test]
fn a_corrupt_progress_file_is_set_aside_never_fatal() {
    let (_temp, workspace, home) = setup();
    fs::create_dir_all(&home).unwrap();
    fs::write(home.join("progress.json"), b"{\x1b[2J corrompu").unwrap();
    let output = run(&workspace, &home, &["list"]);
    assert_clean("list with a corrupt progress", &output, 0, "");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("mis de côté"), "{stderr}");
    let aside = common::files_named(&home, "corrupt");
    assert_eq!(aside.len(), 1, "the corrupt file is kept aside");
    let output = run(&workspace, &home, &["progress"]);
    assert_clean("progress after", &output, 0, "");
}

/// `pack new`'s example in a fresh folder: the folder, the data folder,
/// the pack and its exercise's `exercise.toml`.
fn example_pack() -> (tempfile::TempDir, PathBuf, PathBuf, PathBuf) {
    let temp = tempfile::tempdir().unwrap();
    let home = temp.path().join("home");
    let pack = temp.path().join("pack");
    run(temp.path(), &home, &["pack", "new", pack.to_str().unwrap()]);
    let exercise = pack.join("exercises/90-mon-exercice/exercise.toml");
    (temp, home, pack, exercise)
}

/// A way to break a pack, and the words of the message that names it.
type BadPack<'a> = (&'static str, Box<dyn Fn() + 'a>, &'static str);

#[test]
fn bad_packs() {
    let (temp, home, pack, exercise) = example_pack();
    let good = fs::read_to_string(&exercise).unwrap();
    let cases: [BadPack; 4] = [
        (
            "invalid TOML",
            Box::new(|| fs::write(&exercise, "id = [\n").unwrap()),
            "exercise.toml:1:",
        ),
        (
            "an id with ../",
            Box::new(|| {
                fs::write(
                    &exercise,
                    good.replacen("id = \"90-mon-exercice\"", "id = \"../x\"", 1),
                )
                .unwrap()
            }),
            "minuscules, chiffres et tirets",
        ),
        (
            "binary in exercise.toml",
            Box::new(|| fs::write(&exercise, b"\xff\xfe\x00").unwrap()),
            "pas en UTF-8",
        ),
        (
            "a 2 MiB Dockerfile",
            Box::new(|| {
                fs::write(&exercise, &good).unwrap();
                fs::write(exercise.with_file_name("Dockerfile"), vec![b'a'; 2 << 20]).unwrap();
            }),
            "plus de 1\u{a0}Mio",
        ),
    ];
    for (case, break_it, problem) in cases {
        break_it();
        let listed = run(
            temp.path(),
            &home,
            &["--pack", pack.to_str().unwrap(), "list"],
        );
        assert_clean(&format!("--pack list: {case}"), &listed, 2, problem);
        let checked = run(
            temp.path(),
            &home,
            &["pack", "check", pack.to_str().unwrap()],
        );
        assert_eq!(checked.status.code(), Some(1), "pack check: {case}");
        let stdout = String::from_utf8_lossy(&checked.stdout);
        assert!(stdout.contains(problem), "pack check: {case}: {stdout}");
    }
    let missing = run(temp.path(), &home, &["--pack", "nowhere", "list"]);
    assert_clean("--pack nowhere", &missing, 2, "dossier introuvable");
}

#[test]
fn a_packs_format_mistakes_are_told_in_french() {
    let (temp, home, pack, exercise) = example_pack();
    let good = fs::read_to_string(&exercise).unwrap();
    fs::write(
        &exercise,
        good.replacen(
            "kind = \"final_base\"",
            "kind = \"final_base\"\nvariant = \"slim\"",
            1,
        ),
    )
    .unwrap();
    let lesson = pack.join("content/01-ma-lecon.md");
    let text = fs::read_to_string(&lesson).unwrap();
    fs::write(&lesson, text.replacen("order = 10", "order = \"dix\"", 1)).unwrap();
    let checked = run(
        temp.path(),
        &home,
        &["pack", "check", pack.to_str().unwrap()],
    );
    assert_eq!(checked.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&checked.stdout);
    for said in [
        "champ inconnu `variant`\u{a0}; attendu parmi `one_of`",
        "01-ma-lecon.md:4:9\u{a0}: type incorrect\u{a0}: la chaîne \"dix\"",
    ] {
        assert!(stdout.contains(said), "no {said:?} in\n{stdout}");
    }
    for english in ["unknown field", "invalid type", "expected"] {
        assert!(!stdout.contains(english), "{english:?} in\n{stdout}");
    }
}
