//! The real binary in a pseudo-terminal: open the bonus lesson, search a
//! word, quit — and the terminal must be given back (alternate screen left,
//! the terminal's settings as they were), also when the tutorial is killed.

use std::process::Command;

use rexpect::session::{PtySession, spawn_command};

/// A shell in a 100×30 pseudo-terminal running `script`, with the progress
/// kept in `home`; it prints `EXIT=<status>`, then `RESTORED` when the
/// terminal's settings (`stty -g`) are the same as before.
fn shell(script: &str, home: &std::path::Path) -> PtySession {
    let binary = assert_cmd::cargo::cargo_bin("multistage");
    let script = script.replace("MULTISTAGE", &binary.display().to_string());
    let mut command = Command::new("sh");
    command
        .args([
            "-c",
            &format!(
                "stty cols 100 rows 30; before=$(stty -g); {script}; echo EXIT=$?; \
                 [ \"$(stty -g)\" = \"$before\" ] && echo RESTORED || echo CHANGED"
            ),
        ])
        .env("MULTISTAGE_HOME", home)
        .env("TERM", "xterm-256color")
        .env("NO_COLOR", "1")
        .env_remove("MULTISTAGE_LANG");
    spawn_command(command, Some(15_000)).expect("pty")
}

#[test]
fn read_search_quit_and_the_terminal_is_restored() {
    let home = tempfile::tempdir().unwrap();
    let mut session = shell("MULTISTAGE lesson bonus", home.path());
    // (The pty's bytes are read as Latin-1: needles stay ASCII.)
    session.exp_string("7/8").expect("the bonus lesson opens");
    session.send("/").unwrap();
    session.send("target").unwrap();
    session.send("\r").unwrap();
    session.flush().unwrap();
    // The footer shows the query then `1/N`, with styles in between.
    session
        .exp_regex(r"target\x1b\[[0-9;]*m  1/[0-9]+")
        .expect("search results counted");
    session.send("q").unwrap();
    session.flush().unwrap();
    let until_exit = session.exp_string("EXIT=0").expect("quits with status 0");
    assert!(until_exit.contains("\x1b[?1049l"), "alternate screen left");
    assert!(
        session
            .exp_eof()
            .expect("the shell ends")
            .contains("RESTORED")
    );
}

#[test]
fn killed_by_sigterm_it_still_restores_the_terminal() {
    let home = tempfile::tempdir().unwrap();
    // (A background job reads /dev/null unless told otherwise.)
    let mut session = shell("MULTISTAGE < /dev/tty & echo PID=$!; wait $!", home.path());
    let (_, pid) = session.exp_regex(r"PID=[0-9]+").expect("pid");
    session.exp_string("0/8").expect("the home screen is drawn");
    let pid = pid.trim_start_matches("PID=");
    let status = Command::new("kill").args(["-TERM", pid]).status().unwrap();
    assert!(status.success());
    let until_exit = session
        .exp_string("EXIT=0")
        .expect("a clean exit on SIGTERM");
    assert!(until_exit.contains("\x1b[?1049l"), "alternate screen left");
    assert!(
        session
            .exp_eof()
            .expect("the shell ends")
            .contains("RESTORED")
    );
}

#[test]
fn not_a_terminal_points_to_fiche() {
    let output = assert_cmd::Command::cargo_bin("multistage")
        .unwrap()
        .env_remove("MULTISTAGE_LANG")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("multistage fiche"), "{stderr}");
}
