//! `RUN`, behaviour by behaviour: the shell, the user, the tools. Each test
//! names the behaviour it follows and where it is written down.

use super::users::created_user;
use super::*;
use crate::simulate::testing::{blocking, build, notes};

const NODE: &str = "FROM node:22\nWORKDIR /app\nCOPY package*.json ./\n";

#[test]
fn options_are_read_as_the_tools_read_them() {
    let args: Vec<String> = ["-qy", "--no-install-recommends", "curl"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert!(has_short(&args, 'y') && has_short(&args, 'q') && !has_short(&args, 'n'));
    let user: Vec<String> = ["-u", "1001", "-m", "app"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(
        created_user(&user),
        Some(("app".into(), Some(1001), None, false))
    );
}

// BuildKit's dispatchWorkdir makes the folder with WithUser(Config.User):
// `USER node` then `WORKDIR /app` gives /app to node; `WORKDIR /app` then
// `USER node` leaves it root's 0755, and npm ci cannot create node_modules.
#[test]
fn who_owns_the_workdir_decides_whether_npm_may_write_there() {
    let before = build(
        "04",
        "FROM node:22-slim\nUSER node\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\n",
    );
    assert_eq!(blocking(&before), []);
    let after = build(
        "04",
        "FROM node:22-slim\nWORKDIR /app\nUSER node\nCOPY package*.json ./\nRUN npm ci\n",
    );
    assert!(
        matches!(blocking(&after)[..], [NoteKind::PermissionDenied { .. }]),
        "{:?}",
        notes(&after)
    );
    // COPY --chown hands the folder's contents over, not the folder itself.
    let chown = build(
        "04",
        "FROM node:22-slim\nWORKDIR /app\nCOPY --chown=node:node package*.json ./\nUSER node\nRUN npm ci\n",
    );
    assert!(matches!(
        blocking(&chown)[..],
        [NoteKind::PermissionDenied { .. }]
    ));
}

// runc refuses a USER that /etc/passwd lacks, for a RUN as for the
// container: "unable to find user app: no matching entries in passwd file".
#[test]
fn a_run_as_a_missing_user_stops_the_build() {
    let missing = build("04", "FROM node:22-slim\nUSER app\nRUN npm --version\n");
    assert!(matches!(
        blocking(&missing)[..],
        [NoteKind::RunAsUnknownUser { .. }]
    ));
    let created = build(
        "04",
        "FROM node:22-slim\nRUN useradd -m app\nUSER app\nRUN npm --version\n",
    );
    assert_eq!(blocking(&created), []);
}

// Alpine's BusyBox has adduser and addgroup, not the shadow tools.
#[test]
fn useradd_is_not_on_alpine() {
    let simulation = build("04", "FROM node:22-alpine\nRUN useradd -m app\n");
    assert!(matches!(
        blocking(&simulation)[..],
        [NoteKind::CommandNotFound { .. }]
    ));
    let busybox = build("04", "FROM node:22-alpine\nRUN adduser -D app\nUSER app\n");
    assert_eq!(blocking(&busybox), []);
    assert!(busybox.image().accounts.user("app").is_some());
}

// pip in a venv owned by root, run by another user: "Could not install
// packages due to an OSError: [Errno 13] Permission denied". Outside a venv,
// pip falls back to the user site ("Defaulting to user installation because
// normal site-packages is not writeable").
#[test]
fn pip_writes_where_its_user_may() {
    let venv = build(
        "05",
        "FROM python:3.12\nRUN python -m venv /opt/venv\nRUN useradd -m app\nUSER app\nENV PATH=/opt/venv/bin:$PATH\nWORKDIR /home/app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n",
    );
    assert!(matches!(
        blocking(&venv)[..],
        [NoteKind::PermissionDenied { .. }]
    ));
    let user_site = build(
        "05",
        "FROM python:3.12\nRUN useradd -m app\nUSER app\nWORKDIR /home/app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n",
    );
    assert_eq!(blocking(&user_site), []);
    assert!(user_site.image().files.exists("/home/app/.local"));
}

// apt-get(8): without -y (or -qq) it asks before installing dependencies,
// and a build has no terminal ("Abort."); it needs root for its lock files.
#[test]
fn apt_get_needs_yes_and_root() {
    let asks = build(
        "04",
        "FROM node:22-slim\nRUN apt-get update && apt-get install curl\n",
    );
    assert!(matches!(
        blocking(&asks)[..],
        [NoteKind::NeedsTerminal { .. }]
    ));
    let yes = build(
        "04",
        "FROM node:22-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n",
    );
    assert_eq!(blocking(&yes), []);
    let user = build("04", "FROM node:22-slim\nUSER node\nRUN apt-get update\n");
    assert!(matches!(blocking(&user)[..], [NoteKind::NeedsRoot { .. }]));
}

// Debian's /bin/sh is dash: no `source`, no `[[` (Debian Policy 10.4);
// `SHELL ["/bin/bash", "-c"]` changes what RUN uses (Dockerfile reference).
#[test]
fn the_shell_of_run_is_the_images() {
    let dash = build(
        "05",
        "FROM python:3.12\nRUN python -m venv /opt/venv\nRUN source /opt/venv/bin/activate && pip --version\n",
    );
    assert!(matches!(blocking(&dash)[..], [NoteKind::NotInShell { .. }]));
    let bash = build(
        "05",
        "FROM python:3.12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN python -m venv /opt/venv\nRUN source /opt/venv/bin/activate && pip --version\n",
    );
    assert_eq!(blocking(&bash), []);
    let ash = build(
        "04",
        "FROM node:22-alpine\nRUN [[ -f /etc/os-release ]] && echo alpine\n",
    );
    assert_eq!(blocking(&ash), []);
    // Alpine has no bash to switch to.
    let no_bash = build(
        "04",
        "FROM node:22-alpine\nSHELL [\"/bin/bash\", \"-c\"]\nRUN echo hi\n",
    );
    assert!(matches!(blocking(&no_bash)[..], [NoteKind::NoShell { .. }]));
}

// sh(1): `a && b` stops at a's failure; `a; b` runs b, and the list's
// status is b's; a RUN fails with its script's status.
#[test]
fn a_script_fails_as_its_last_status_says() {
    let chained = build("04", &format!("{NODE}RUN npm run build && echo done\n"));
    assert!(matches!(
        blocking(&chained)[..],
        [NoteKind::MissingDevDependencies { .. }]
    ));
    let ignored = build("04", &format!("{NODE}RUN npm run build; echo done\n"));
    assert_eq!(blocking(&ignored), []);
    assert!(
        notes(&ignored)
            .iter()
            .any(|note| matches!(note, NoteKind::IgnoredFailure { .. }))
    );
    assert!(!ignored.image().has(&Tag::BuildOutput));
}

// dash reads `cmd &> file` as `cmd &` then `> file`: npm ci runs in the
// background and the RUN ends without waiting, its container stopped.
#[test]
fn a_background_job_is_lost() {
    let simulation = build("04", &format!("{NODE}RUN npm ci &> /dev/null\n"));
    assert!(!simulation.image().files.exists("/app/node_modules"));
    assert!(notes(&simulation).contains(&NoteKind::Backgrounded));
}

// RUN --mount=type=cache: what the command writes to the target stays in
// the cache, out of the image's layer (Dockerfile reference, RUN --mount).
#[test]
fn a_cache_mount_keeps_what_is_written_there_out_of_the_image() {
    let simulation = build(
        "04",
        &format!(
            "{NODE}RUN --mount=type=cache,target=/app/node_modules npm ci\nRUN npm run build\n"
        ),
    );
    assert!(!simulation.image().files.exists("/app/node_modules"));
    assert!(matches!(
        blocking(&simulation)[..],
        [NoteKind::MissingDevDependencies { .. }]
    ));
    let npm_cache = build(
        "04",
        &format!("{NODE}RUN --mount=type=cache,target=/root/.npm npm ci\n"),
    );
    assert!(npm_cache.image().files.exists("/app/node_modules"));
}

// npm reads its config from npm_config_* environment variables, whatever
// their case (docs.npmjs.com, "Environment variables").
#[test]
fn npm_reads_its_settings_in_any_case() {
    let simulation = build(
        "04",
        &format!("{NODE}ENV NPM_CONFIG_OMIT=dev\nRUN npm ci\n"),
    );
    let modules = simulation.image().files.find("/app/node_modules").unwrap();
    assert!(!modules.has(&Tag::DevDependencies));
}

// The project's tsconfig.json includes "src": copied without its folder
// (`COPY src ./`), tsc finds no inputs (TS18003).
#[test]
fn tsc_reads_the_projects_layout() {
    let spread = build(
        "04",
        &format!("{NODE}RUN npm ci\nCOPY tsconfig.json ./\nCOPY src ./\nRUN npm run build\n"),
    );
    assert!(matches!(
        blocking(&spread)[..],
        [NoteKind::MissingFile { .. }]
    ));
    // The tests import ../src: a test stage with tests/ alone cannot run them.
    let tests_only = build(
        "08",
        &format!("{NODE}RUN npm ci\nCOPY tsconfig.json ./\nCOPY tests ./tests\nRUN npm test\n"),
    );
    assert!(matches!(
        blocking(&tests_only)[..],
        [NoteKind::MissingFile { .. }]
    ));
}

// `go build -o FILE` over several packages: "go: cannot write multiple
// packages to non-directory FILE"; an import path without ./ whose first
// element has no dot is a standard-library one (go help packages); the
// golang images set GOTOOLCHAIN=local, so an older Go refuses a newer go.mod.
#[test]
fn go_build_follows_go() {
    let source = "FROM golang:1.26\nWORKDIR /src\nCOPY . .\n";
    let several = build("07", &format!("{source}RUN go build -o /server ./...\n"));
    assert!(matches!(
        blocking(&several)[..],
        [NoteKind::ExitCode { .. }]
    ));
    let into_folder = build(
        "07",
        &format!("{source}RUN go build -o /out/ ./cmd/server\n"),
    );
    assert_eq!(blocking(&into_folder), []);
    let std_path = build(
        "07",
        &format!("{source}RUN go build -o /server cmd/server\n"),
    );
    assert!(matches!(
        blocking(&std_path)[..],
        [NoteKind::NotAPackagePath { .. }]
    ));
    let old = build(
        "07",
        "FROM golang:1.25\nWORKDIR /src\nCOPY . .\nRUN go build -o /server ./cmd/server\n",
    );
    assert!(matches!(blocking(&old)[..], [NoteKind::ExitCode { .. }]));
}

// Composer unpacks dists with unzip or the zip extension, else clones with
// git (getcomposer.org, "zip extension and unzip/7z commands are both
// missing"); the php images have none of them, the composer image all.
#[test]
fn composer_needs_a_way_to_unpack() {
    let bare = build(
        "06",
        "FROM php:8.3-cli\nCOPY --from=composer:2 /usr/bin/composer /usr/bin/composer\nWORKDIR /app\nCOPY composer.* ./\nRUN composer install --no-dev\n",
    );
    assert!(matches!(
        blocking(&bare)[..],
        [NoteKind::MissingTool { .. }]
    ));
    let unzip = build(
        "06",
        "FROM php:8.3-cli\nCOPY --from=composer:2 /usr/bin/composer /usr/bin/composer\nRUN apt-get update && apt-get install -y unzip\nWORKDIR /app\nCOPY composer.* ./\nRUN composer install --no-dev\n",
    );
    assert_eq!(blocking(&unzip), []);
}

// composer install --no-autoloader skips vendor/autoload.php until
// `composer dump-autoload` (getcomposer.org, CLI: install).
#[test]
fn composer_writes_its_autoloader_when_told() {
    let skipped = build(
        "06",
        "FROM composer:2\nCOPY composer.* ./\nRUN composer install --no-dev --no-autoloader\n",
    );
    let vendor = skipped.image().files.find("/app/vendor").unwrap();
    assert!(!vendor.has(&Tag::Autoloader));
    let dumped = build(
        "06",
        "FROM composer:2\nCOPY composer.* ./\nRUN composer install --no-dev --no-autoloader\nCOPY . .\nRUN composer dump-autoload --optimize\n",
    );
    assert!(
        dumped
            .image()
            .files
            .find("/app/vendor")
            .unwrap()
            .has(&Tag::Autoloader)
    );
}
