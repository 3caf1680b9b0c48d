//! The real binary in a pseudo-terminal: open the bonus lesson, search a
//! word, quit — and the terminal must be given back (alternate screen left,
//! the terminal's settings as they were), also when the tutorial is killed.
//! They open the pseudo-terminal with Linux's own calls (`ptsname_r`).
#![cfg(target_os = "linux")]

use std::os::fd::AsRawFd;
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

/// The tutorial exited with `status`, leaving the alternate screen, and
/// the terminal's settings are as they were before it started.
fn given_back(session: &mut PtySession, status: u8, exit: &str) {
    let until_exit = session.exp_string(&format!("EXIT={status}")).expect(exit);
    assert!(until_exit.contains("\x1b[?1049l"), "alternate screen left");
    let rest = session.exp_eof().expect("the shell ends");
    assert!(rest.contains("RESTORED"), "terminal settings restored");
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
    given_back(&mut session, 0, "quits with status 0");
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
    // 143 = 128 + SIGTERM, as shells expect.
    given_back(&mut session, 143, "a clean exit on SIGTERM, status 143");
}

/// A pseudo-terminal of the test's own, for what rexpect cannot do: resize
/// it, or close it while the tutorial runs. Both ends are close-on-exec, so
/// no other process (the tutorial, or a child of a test running alongside)
/// keeps the terminal open.
struct RawPty {
    /// The terminal emulator's side; `None` once closed.
    master: Option<std::fs::File>,
    child: std::process::Child,
    /// The screen as a terminal would show it, from every byte read.
    screen: vt100::Parser,
}

/// How the tutorial's session relates to the terminal.
enum Session {
    /// The terminal is its controlling terminal: it gets SIGWINCH.
    Controlling,
    /// A session of its own without a controlling terminal: when the
    /// terminal closes nobody sends it SIGHUP (as under some multiplexers
    /// and harnesses), so it has to notice the dead terminal by itself.
    Detached,
}

impl RawPty {
    fn spawn(args: &[&str], home: &std::path::Path, session: Session) -> RawPty {
        RawPty::spawn_env(args, home, session, None)
    }

    /// With `$VISUAL` set to `editor`.
    fn spawn_with_editor(
        args: &[&str],
        home: &std::path::Path,
        editor: &std::path::Path,
    ) -> RawPty {
        RawPty::spawn_env(args, home, Session::Controlling, Some(editor))
    }

    fn spawn_env(
        args: &[&str],
        home: &std::path::Path,
        session: Session,
        editor: Option<&std::path::Path>,
    ) -> RawPty {
        use std::os::fd::{FromRawFd, OwnedFd};
        use std::os::unix::fs::OpenOptionsExt;
        use std::os::unix::process::CommandExt;

        // SAFETY: plain libc calls on a descriptor this test owns.
        let master = unsafe {
            let fd = libc::posix_openpt(libc::O_RDWR | libc::O_NOCTTY | libc::O_CLOEXEC);
            assert!(fd >= 0, "posix_openpt");
            assert_eq!(libc::grantpt(fd), 0);
            assert_eq!(libc::unlockpt(fd), 0);
            std::fs::File::from(OwnedFd::from_raw_fd(fd))
        };
        let slave_path = {
            let mut name = [0 as libc::c_char; 128];
            // SAFETY: the buffer's length is passed along.
            let status =
                unsafe { libc::ptsname_r(master.as_raw_fd(), name.as_mut_ptr(), name.len()) };
            assert_eq!(status, 0, "ptsname_r");
            // SAFETY: ptsname_r wrote a NUL-terminated name.
            unsafe { std::ffi::CStr::from_ptr(name.as_ptr()) }
                .to_string_lossy()
                .into_owned()
        };
        let slave = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .custom_flags(libc::O_NOCTTY)
            .open(&slave_path)
            .expect("the terminal's other end");
        RawPty::resize_fd(slave.as_raw_fd(), 100, 30);
        // The workspace is the one in the data folder, not the project.
        let cwd = home.to_path_buf();
        let mut command = Command::new(assert_cmd::cargo::cargo_bin("multistage"));
        command
            .args(args)
            .env("MULTISTAGE_HOME", home)
            .env("TERM", "xterm-256color")
            .env("NO_COLOR", "1")
            .env_remove("MULTISTAGE_LANG")
            .env_remove("VISUAL")
            .env_remove("EDITOR")
            .current_dir(cwd)
            .stdin(slave.try_clone().unwrap())
            .stdout(slave.try_clone().unwrap())
            .stderr(slave.try_clone().unwrap());
        if let Some(editor) = editor {
            command.env("VISUAL", editor);
        }
        let controlling = matches!(session, Session::Controlling);
        // SAFETY: setsid and ioctl are async-signal-safe.
        unsafe {
            command.pre_exec(move || {
                libc::setsid();
                if controlling {
                    libc::ioctl(0, libc::TIOCSCTTY, 0);
                }
                Ok(())
            });
        }
        let child = command.spawn().unwrap();
        RawPty {
            master: Some(master),
            child,
            screen: vt100::Parser::new(
                std::num::NonZeroU16::new(30).expect("rows"),
                std::num::NonZeroU16::new(100).expect("columns"),
                0,
            ),
        }
    }

    fn resize_fd(fd: std::os::fd::RawFd, columns: u16, rows: u16) {
        let size = libc::winsize {
            ws_row: rows,
            ws_col: columns,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // SAFETY: a valid winsize for TIOCSWINSZ.
        assert_eq!(unsafe { libc::ioctl(fd, libc::TIOCSWINSZ, &size) }, 0);
    }

    /// Resizes the terminal, as a window manager would (the kernel then
    /// sends SIGWINCH to the terminal's foreground process group).
    fn resize(&mut self, columns: u16, rows: u16) {
        RawPty::resize_fd(self.terminal().as_raw_fd(), columns, rows);
        let nonzero = |n: u16| std::num::NonZeroU16::new(n).expect("a size");
        self.screen
            .screen_mut()
            .set_size(nonzero(rows), nonzero(columns));
    }

    fn terminal(&self) -> &std::fs::File {
        self.master.as_ref().expect("the terminal is open")
    }

    /// Closes the terminal, as when its window is closed.
    fn close(&mut self) {
        self.master = None;
    }

    fn type_keys(&self, keys: &[u8]) {
        use std::io::Write;
        self.terminal().write_all(keys).unwrap();
    }

    /// What the tutorial draws until it has written `needle` and then been
    /// quiet for a while: a whole frame, the tutorial waiting for a key.
    fn frame_with(&mut self, needle: &str) -> String {
        use std::io::Read;
        let mut screen = Vec::new();
        let mut chunk = [0u8; 4096];
        loop {
            let drawn = String::from_utf8_lossy(&screen).contains(needle);
            let mut ready = libc::pollfd {
                fd: self.terminal().as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: one valid pollfd.
            if unsafe { libc::poll(&mut ready, 1, if drawn { 300 } else { 10_000 }) } == 0 {
                assert!(drawn, "{needle:?} never drawn");
                return String::from_utf8_lossy(&screen).into_owned();
            }
            let read = self.terminal().read(&mut chunk).expect("the terminal");
            assert!(read > 0, "the tutorial ended early");
            screen.extend_from_slice(&chunk[..read]);
            self.screen.process(&chunk[..read]);
        }
    }

    /// The screen's text once it shows `needle` and the tutorial has been
    /// quiet for a while, its frame whole (waiting up to 15 s).
    fn screen_with(&mut self, needle: &str) -> String {
        use std::io::Read;
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
        let mut chunk = [0u8; 4096];
        loop {
            let contents = self.screen.screen().contents();
            let shown = contents.contains(needle);
            assert!(
                std::time::Instant::now() < deadline,
                "{needle:?} never shown; the screen:\n{contents}"
            );
            let mut ready = libc::pollfd {
                fd: self.terminal().as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: one valid pollfd.
            if unsafe { libc::poll(&mut ready, 1, 300) } > 0 {
                let Ok(read) = self.terminal().read(&mut chunk) else {
                    panic!(
                        "the tutorial ended ({:?}); the screen:\n{contents}",
                        self.child.wait()
                    );
                };
                assert!(read > 0, "the tutorial ended early");
                self.screen.process(&chunk[..read]);
            } else if shown {
                return contents;
            }
        }
    }

    /// Waits for the tutorial to end; kills it after 10 s.
    fn wait(mut self, why: &str) -> std::process::ExitStatus {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while self.child.try_wait().unwrap().is_none() {
            if std::time::Instant::now() > deadline {
                self.child.kill().unwrap();
                panic!("{why}");
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        self.child.wait().unwrap()
    }
}

#[test]
fn a_resize_redraws_at_the_new_size() {
    let home = tempfile::tempdir().unwrap();
    let mut pty = RawPty::spawn(&["lesson", "bonus"], home.path(), Session::Controlling);
    pty.frame_with("quitter");
    pty.resize(80, 24);
    // Row 24 is the new footer; before the resize it was inside the lesson.
    let redrawn = pty.frame_with("quitter");
    assert!(
        redrawn.contains("\x1b[24;"),
        "footer moved to row 24: {redrawn:?}"
    );
    // And the text is wrapped again for 80 columns: the lesson's first
    // sentence now breaks before `--from=builder`, which starts row 3.
    let row_3 = redrawn.split("\x1b[3;3H").nth(1).expect("row 3 redrawn");
    // (After at most a style sequence.)
    let start: String = row_3.chars().take(24).collect();
    assert!(start.contains("--from=builder"), "{row_3:?}");
    pty.resize(30, 8);
    pty.frame_with("petite");
    pty.type_keys(b"q");
    let status = pty.wait("q did not quit");
    assert!(status.success());
}

#[test]
fn a_terminal_closed_without_sighup_ends_the_tutorial() {
    let home = tempfile::tempdir().unwrap();
    let mut pty = RawPty::spawn(&["lesson", "bonus"], home.path(), Session::Detached);
    pty.frame_with("quitter");
    pty.close();
    let status = pty.wait("the tutorial kept running on a closed terminal");
    assert!(status.success(), "a quiet exit, not {status:?}");
}

#[test]
fn not_a_terminal_points_to_fiche_and_leaves_progress_alone() {
    let home = tempfile::tempdir().unwrap();
    let progress = home.path().join("progress.json");
    std::fs::write(&progress, "{ corrompu").unwrap();
    for args in [&[][..], &["lesson", "bonus"], &["lesson", "nimporte"]] {
        let output = assert_cmd::Command::cargo_bin("multistage")
            .unwrap()
            .args(args)
            .env("MULTISTAGE_HOME", home.path())
            .env_remove("MULTISTAGE_LANG")
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        let expected = if args.contains(&"nimporte") {
            "aucune leçon ne correspond"
        } else {
            "multistage fiche"
        };
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
    // Neither read nor set aside: nothing was going to be shown.
    assert_eq!(std::fs::read_to_string(&progress).unwrap(), "{ corrompu");
}

/// The solution of exercise 01 without its comments, as a learner types it.
const SOLUTION_01: &str = "FROM node:22 AS builder\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\nFROM node:22-slim AS runtime\nWORKDIR /app\nCOPY --from=builder /app/dist ./dist\nCMD [\"node\", \"dist/index.js\"]\n";

fn workspace_file(home: &std::path::Path) -> std::path::PathBuf {
    home.join("exercices/01-premier-multi-stage/Dockerfile")
}

#[test]
fn an_exercise_fixed_in_the_built_in_editor_stays_passed() {
    let home = tempfile::tempdir().unwrap();
    let mut pty = RawPty::spawn(&["exercise", "01"], home.path(), Session::Controlling);
    let start = pty.screen_with("01 · Dockerfile");
    assert!(start.contains("FROM node:22"), "{start}");
    assert!(!start.contains("Exercice réussi"));
    // Select everything (Alt-A), then type the fix key by key.
    pty.type_keys(b"\x1ba");
    for line in SOLUTION_01.lines() {
        pty.type_keys(line.as_bytes());
        pty.type_keys(b"\r");
    }
    let passed = pty.screen_with("Exercice réussi");
    assert!(passed.contains("✓ réussi"), "{passed}");
    // Ctrl-Q quits from the editor, and the file is saved first.
    pty.type_keys(b"\x11");
    assert!(pty.wait("Ctrl-Q did not quit").success());
    let saved = std::fs::read_to_string(workspace_file(home.path())).unwrap();
    assert_eq!(saved, format!("{SOLUTION_01}"));
    // The exercises' progress lives in their workspace.
    let progress =
        std::fs::read_to_string(home.path().join("exercices/.multistage-progress.json")).unwrap();
    assert!(progress.contains("\"passed\""), "{progress}");

    // The next day: the home screen counts it, and it reopens passed.
    let mut pty = RawPty::spawn(&[], home.path(), Session::Controlling);
    pty.screen_with("1/17 exercices réussis");
    pty.type_keys(b"q");
    assert!(pty.wait("q did not quit").success());
    let mut pty = RawPty::spawn(&["exercise", "01"], home.path(), Session::Controlling);
    pty.screen_with("Exercice réussi");
    // Ctrl-C copies in the editor (nothing is selected: it says how to quit).
    pty.type_keys(b"\x03");
    pty.screen_with("Ctrl-Q quitte");
    pty.type_keys(b"\x11");
    assert!(pty.wait("Ctrl-Q did not quit").success());
}

/// Exercise 17's second file: F9 saves the Dockerfile and puts the
/// `.dockerignore` in the editor; what is typed there is graded with the
/// Dockerfile and saved beside it.
#[test]
fn the_dockerignore_is_edited_with_f9_and_saved_beside_the_dockerfile() {
    let home = tempfile::tempdir().unwrap();
    let mut pty = RawPty::spawn(&["exercise", "17"], home.path(), Session::Controlling);
    pty.screen_with("F9 → .dockerignore");
    pty.type_keys(b"\x1b[20~");
    pty.screen_with("17 · .dockerignore");
    for line in ["node_modules", ".git", ".env*", "dist", "coverage"] {
        pty.type_keys(line.as_bytes());
        pty.type_keys(b"\r");
    }
    pty.screen_with("Exercice réussi");
    pty.type_keys(b"\x11");
    assert!(pty.wait("Ctrl-Q did not quit").success());
    let folder = home.path().join("exercices/17-contexte-de-build");
    let saved = std::fs::read_to_string(folder.join(".dockerignore")).unwrap();
    assert!(
        saved.starts_with("node_modules\n.git\n.env*\ndist\ncoverage\n# "),
        "{saved}"
    );
    let dockerfile = std::fs::read_to_string(folder.join("Dockerfile")).unwrap();
    assert!(
        dockerfile.starts_with("FROM node:22 AS build\n"),
        "{dockerfile}"
    );
}

#[test]
fn a_file_changed_by_another_editor_is_reloaded_and_graded() {
    let home = tempfile::tempdir().unwrap();
    let mut pty = RawPty::spawn(&["exercise", "01"], home.path(), Session::Controlling);
    pty.screen_with("01 · Dockerfile");
    // As editors save: a new file renamed over the old one.
    let file = workspace_file(home.path());
    let temporary = file.with_file_name(".Dockerfile.swp");
    std::fs::write(&temporary, SOLUTION_01).unwrap();
    std::fs::rename(&temporary, &file).unwrap();
    let reloaded = pty.screen_with("Exercice réussi");
    assert!(
        reloaded.contains("AS runtime"),
        "the editor shows the new text"
    );
    // Esc leaves the editor (the footer then offers Enter to edit again); q quits.
    pty.type_keys(b"\x1b");
    pty.screen_with("éditer");
    pty.type_keys(b"q");
    assert!(pty.wait("Esc q did not quit").success());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), SOLUTION_01);
}

/// The review's L15: a change on disk while the learner's typing is not
/// saved yet replaces nothing; Ctrl-S keeps the learner's version and
/// copies the disk's beside it.
#[test]
fn a_change_on_disk_during_typing_asks_before_replacing_anything() {
    let home = tempfile::tempdir().unwrap();
    let mut pty = RawPty::spawn(&["exercise", "01"], home.path(), Session::Controlling);
    pty.screen_with("01 · Dockerfile");
    let file = workspace_file(home.path());
    // Typed, and within the autosave pause another program writes the file.
    pty.type_keys(b"# mine\r");
    std::fs::write(&file, SOLUTION_01).unwrap();
    let asked = pty.screen_with("changé sur le disque");
    assert!(asked.contains("# mine"), "the typing stays\n{asked}");
    std::thread::sleep(std::time::Duration::from_millis(1500));
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        SOLUTION_01,
        "no autosave over the other program's change"
    );
    pty.type_keys(b"\x13");
    pty.screen_with("celle du disque est gardée");
    pty.type_keys(b"\x11");
    assert!(pty.wait("Ctrl-Q did not quit").success());
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .starts_with("# mine\n")
    );
    let kept: Vec<_> = std::fs::read_dir(file.parent().unwrap())
        .unwrap()
        .filter_map(|entry| {
            let name = entry.unwrap().file_name().into_string().unwrap();
            name.starts_with("Dockerfile.bak-").then_some(name)
        })
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    let copy = std::fs::read_to_string(file.with_file_name(&kept[0])).unwrap();
    assert_eq!(copy, SOLUTION_01);
}

#[test]
fn own_editor_gets_the_terminal_and_its_changes_are_graded() {
    let home = tempfile::tempdir().unwrap();
    // An "editor" that writes the solution, as a learner would in vim.
    let script = home.path().join("editor.sh");
    let solution = home.path().join("solution");
    std::fs::write(&solution, SOLUTION_01).unwrap();
    std::fs::write(
        &script,
        format!("#!/bin/sh\ncat '{}' > \"$1\"\n", solution.display()),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut pty = RawPty::spawn_with_editor(&["exercise", "01"], home.path(), &script);
    pty.screen_with("01 · Dockerfile");
    pty.type_keys(b"\x1bOS"); // F4
    pty.screen_with("Exercice réussi");
    pty.type_keys(b"\x11");
    assert!(pty.wait("Ctrl-Q did not quit").success());
}

#[test]
fn typing_then_sigterm_loses_nothing() {
    let home = tempfile::tempdir().unwrap();
    let mut pty = RawPty::spawn(&["exercise", "01"], home.path(), Session::Controlling);
    pty.screen_with("01 · Dockerfile");
    pty.type_keys(b"# mon ajout\r");
    // The line is on screen, but the save after a pause has not come yet.
    pty.screen_with("# mon ajout");
    // SAFETY: a signal to the child this test spawned.
    unsafe { libc::kill(pty.child.id() as libc::pid_t, libc::SIGTERM) };
    let status = pty.wait("SIGTERM did not end it");
    assert_eq!(status.code(), Some(143), "128 + SIGTERM");
    let saved = std::fs::read_to_string(workspace_file(home.path())).unwrap();
    assert!(saved.starts_with("# mon ajout\n# Tout se passe"), "{saved}");
    // The exercises' progress lives in their workspace.
    let progress =
        std::fs::read_to_string(home.path().join("exercices/.multistage-progress.json")).unwrap();
    assert!(
        progress.contains("\"line\": 1"),
        "the cursor line: {progress}"
    );
}

#[test]
fn a_file_that_cannot_be_saved_is_rescued_on_quit() {
    use std::os::unix::fs::PermissionsExt;
    let home = tempfile::tempdir().unwrap();
    let mut pty = RawPty::spawn(&["exercise", "01"], home.path(), Session::Controlling);
    pty.screen_with("01 · Dockerfile");
    // The learner (or a teacher's script) made the file read-only meanwhile.
    let file = workspace_file(home.path());
    let before = std::fs::read_to_string(&file).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444)).unwrap();
    pty.type_keys(b"# perdu ?\r");
    pty.screen_with("# perdu ?");
    pty.type_keys(b"\x11");
    let status = pty.wait("Ctrl-Q did not quit");
    assert_eq!(status.code(), Some(1), "not saved is a failure");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        before,
        "read-only respected"
    );
    let rescued: Vec<_> = std::fs::read_dir(home.path().join("rescued"))
        .expect("a rescued/ folder")
        .map(|entry| entry.unwrap().path())
        .collect();
    assert_eq!(rescued.len(), 1);
    let text = std::fs::read_to_string(&rescued[0]).unwrap();
    assert!(text.starts_with("# perdu ?\n# Tout se passe"), "{text}");
}

/// SIGINT and SIGHUP end the tutorial as shells expect: 128 + the signal.
#[test]
fn sigint_and_sighup_give_the_conventional_exit_codes() {
    for (signal, code) in [(libc::SIGINT, 130), (libc::SIGHUP, 129)] {
        let home = tempfile::tempdir().unwrap();
        let mut pty = RawPty::spawn(&["exercise", "01"], home.path(), Session::Controlling);
        pty.screen_with("01 · Dockerfile");
        // SAFETY: a signal to the child this test spawned.
        unsafe { libc::kill(pty.child.id() as libc::pid_t, signal) };
        let status = pty.wait("the signal did not end it");
        assert_eq!(status.code(), Some(code), "signal {signal}");
    }
}

/// The review's M3: a paste from a terminal without bracketed paste arrives
/// as plain keys, over 1024 bytes at once; all of it is taken, without
/// waiting for another key (and without a busy loop).
#[test]
fn a_long_paste_without_bracketed_paste_arrives_whole() {
    let home = tempfile::tempdir().unwrap();
    let mut pty = RawPty::spawn(&["exercise", "01"], home.path(), Session::Controlling);
    pty.screen_with("01 · Dockerfile");
    let mut paste = String::new();
    for n in 0..48 {
        paste.push_str(&format!("RUN echo line {n:02} && true\r"));
    }
    assert!(paste.len() > 1024);
    pty.type_keys(paste.as_bytes());
    pty.screen_with("line 47");
    // Saved after the pause: every line is in the file.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    pty.type_keys(b"\x11");
    assert!(pty.wait("Ctrl-Q did not quit").success());
    let saved = std::fs::read_to_string(workspace_file(home.path())).unwrap();
    assert!(saved.contains("RUN echo line 47 && true"), "{saved}");
}
