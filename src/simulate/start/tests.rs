//! How a container starts, behaviour by behaviour, on the exercises' own
//! scenarios. Each test names the Docker (or image, or runtime) behaviour it
//! follows and where it is written down.

use super::*;
use crate::i18n::Lang;
use crate::simulate::RuntimeNeed;
use crate::simulate::fs::Libc;

/// How the final image of `text` starts, in exercise `number`'s project.
fn start(number: &str, text: &str) -> Launch {
    let simulation = crate::simulate::testing::build(number, text);
    launch(
        simulation.image(),
        &crate::simulate::testing::scenario(number),
    )
}

fn first(launch: &Launch) -> Option<&StartProblem> {
    launch.problems.first()
}

/// The TypeScript API of exercise 04 (Express at run time), built in a
/// first stage; `runtime` is the final stage.
fn node_app(runtime: &str) -> Launch {
    start(
        "04",
        &format!(
            "FROM node:22 AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build && npm prune --omit=dev\n\n{runtime}"
        ),
    )
}

const PROD: &str = "WORKDIR /app\nCOPY --from=build /app/node_modules ./node_modules\nCOPY --from=build /app/dist ./dist\n";

#[test]
fn the_plain_start_reaches_the_compiled_application() {
    let launch = node_app(&format!(
        "FROM node:22-slim\n{PROD}CMD [\"node\", \"dist/index.js\"]\n"
    ));
    assert_eq!(first(&launch), None, "{launch:?}");
    assert_eq!(
        launch.app,
        Some(App::Node {
            script: "/app/dist/index.js".into()
        })
    );
    // The node image's ENTRYPOINT comes first: docker-entrypoint.sh node dist/index.js.
    assert_eq!(launch.argv[0], "docker-entrypoint.sh");
}

// nodejs/docker-node docker-entrypoint.sh: `node` goes first when the first
// argument "contains a - or is not a system command", or is a file without
// the execute bit; tsc writes dist/index.js with mode 0644.
#[test]
fn the_node_images_entrypoint_runs_a_script_through_node() {
    let launch = node_app(&format!(
        "FROM node:22-slim\n{PROD}CMD [\"dist/index.js\"]\n"
    ));
    assert_eq!(first(&launch), None, "{launch:?}");
    assert!(launch.chain.iter().any(|argv| argv[0] == "node"));
}

// Dockerfile reference, "Understand how CMD and ENTRYPOINT interact": an
// exec-form ENTRYPOINT receives the CMD as arguments; setting ENTRYPOINT
// resets the CMD inherited from the base image (BuildKit dispatchEntrypoint).
#[test]
fn entrypoint_and_cmd_join_as_the_reference_says() {
    let joined = node_app(&format!(
        "FROM node:22-slim\n{PROD}ENTRYPOINT [\"node\"]\nCMD [\"dist/index.js\"]\n"
    ));
    assert_eq!(joined.argv, ["node", "dist/index.js"]);
    assert_eq!(first(&joined), None);
    // ENTRYPOINT alone: the image's CMD ["node"] is gone, node has no script.
    let alone = node_app(&format!("FROM node:22-slim\n{PROD}ENTRYPOINT [\"node\"]\n"));
    assert_eq!(alone.argv, ["node"]);
    assert!(matches!(
        first(&alone),
        Some(StartProblem::ExitsAtOnce { .. })
    ));
    // A shell-form ENTRYPOINT ignores the CMD: /bin/sh -c "…" gets it as $0.
    let shell = node_app(&format!(
        "FROM node:22-slim\n{PROD}ENTRYPOINT node dist/index.js\nCMD [\"--inspect\"]\n"
    ));
    assert_eq!(&shell.argv[..3], ["/bin/sh", "-c", "node dist/index.js"]);
    assert_eq!(first(&shell), None);
}

// node with no script reads one on its standard input, which `docker run`
// (no -i) leaves closed: it exits at once. The base image's CMD ["node"] is
// what a stage without CMD inherits.
#[test]
fn an_inherited_cmd_is_told_apart_from_a_missing_one() {
    let inherited = node_app(&format!("FROM node:22-slim\n{PROD}"));
    assert_eq!(
        first(&inherited),
        Some(&StartProblem::ExitsAtOnce {
            argv: "node".into(),
            inherited: true
        })
    );
    let nothing = node_app(&format!("FROM gcr.io/distroless/static-debian12\n{PROD}"));
    assert_eq!(first(&nothing), Some(&StartProblem::NothingToRun));
}

// distroless nodejs: ENTRYPOINT ["/nodejs/bin/node"] (distroless nodejs.bzl),
// so CMD ["node", "dist/index.js"] runs `node node dist/index.js`.
#[test]
fn distroless_node_already_runs_node() {
    let right = node_app(&format!(
        "FROM gcr.io/distroless/nodejs22-debian12\n{PROD}CMD [\"dist/index.js\"]\n"
    ));
    assert_eq!(first(&right), None, "{right:?}");
    let twice = node_app(&format!(
        "FROM gcr.io/distroless/nodejs22-debian12\n{PROD}CMD [\"node\", \"dist/index.js\"]\n"
    ));
    assert!(matches!(
        first(&twice),
        Some(StartProblem::InterpreterTwice { .. })
    ));
    // No shell in distroless: a shell form cannot start.
    let shell = node_app(&format!(
        "FROM gcr.io/distroless/nodejs22-debian12\n{PROD}ENTRYPOINT node dist/index.js\n"
    ));
    assert!(matches!(first(&shell), Some(StartProblem::NotFound { .. })));
}

// execve(2) needs an execute bit (EACCES) and a binary or a `#!` line
// (ENOEXEC, "exec format error"); tsc output has neither.
#[test]
fn a_javascript_file_is_no_program() {
    let launch = node_app(&format!(
        "FROM node:22-slim\n{PROD}ENTRYPOINT [\"/app/dist/index.js\"]\n"
    ));
    assert!(matches!(
        first(&launch),
        Some(StartProblem::NotExecutable { .. })
    ));
    let chmod = node_app(&format!(
        "FROM node:22-slim\n{PROD}RUN chmod +x dist/index.js\nENTRYPOINT [\"/app/dist/index.js\"]\n"
    ));
    assert!(
        matches!(first(&chmod), Some(StartProblem::ExecFormat { .. })),
        "{chmod:?}"
    );
}

// Node's CommonJS resolution (nodejs.org/api/modules.html, "All together"):
// X, X.js, X.json, X/package.json "main", X/index.js.
#[test]
fn node_finds_a_script_as_its_module_loader_does() {
    for cmd in ["dist/index", "dist", "./dist/index.js"] {
        let launch = node_app(&format!(
            "FROM node:22-slim\n{PROD}CMD [\"node\", \"{cmd}\"]\n"
        ));
        assert_eq!(first(&launch), None, "{cmd}: {launch:?}");
    }
    let missing = node_app(&format!(
        "FROM node:22-slim\n{PROD}CMD [\"node\", \"index.js\"]\n"
    ));
    assert!(matches!(
        first(&missing),
        Some(StartProblem::ScriptNotFound { .. })
    ));
}

// require("express") looks in node_modules of the script's folder and each
// parent (nodejs.org/api/modules.html, "Loading from node_modules folders").
#[test]
fn express_is_looked_for_above_the_script() {
    let elsewhere = node_app(
        "FROM node:22-slim\nWORKDIR /app\nCOPY --from=build /app/node_modules /opt/node_modules\nCOPY --from=build /app/dist ./dist\nCMD [\"node\", \"dist/index.js\"]\n",
    );
    assert!(matches!(
        first(&elsewhere),
        Some(StartProblem::ModuleNotFound { .. })
    ));
    let node_path = node_app(
        "FROM node:22-slim\nWORKDIR /app\nENV NODE_PATH=/opt/node_modules\nCOPY --from=build /app/node_modules /opt/node_modules\nCOPY --from=build /app/dist ./dist\nCMD [\"node\", \"dist/index.js\"]\n",
    );
    assert_eq!(first(&node_path), None);
}

// runc: a USER name must be in the image's /etc/passwd ("unable to find
// user node: no matching entries in passwd file"); distroless has root,
// nobody and nonroot only (distroless common/BUILD.bazel).
#[test]
fn the_user_must_exist_where_the_container_runs() {
    let distroless = node_app(&format!(
        "FROM gcr.io/distroless/nodejs22-debian12\n{PROD}USER node\nCMD [\"dist/index.js\"]\n"
    ));
    assert!(matches!(
        first(&distroless),
        Some(StartProblem::UserNotFound { .. })
    ));
    let nonroot = node_app(&format!(
        "FROM gcr.io/distroless/nodejs22-debian12\n{PROD}USER nonroot\nCMD [\"dist/index.js\"]\n"
    ));
    assert_eq!(first(&nonroot), None);
}

// The node binary of Debian images links glibc and libstdc++: it does not
// run on Alpine (musl) nor on distroless/base (no libstdc++, distroless
// cc/README).
#[test]
fn a_copied_node_binary_needs_its_libraries() {
    let alpine = node_app(&format!(
        "FROM alpine:3.20\nCOPY --from=build /usr/local/bin/node /usr/local/bin/node\n{PROD}CMD [\"node\", \"dist/index.js\"]\n"
    ));
    assert!(matches!(
        first(&alpine),
        Some(StartProblem::MissingLibc {
            needs: Libc::Glibc,
            ..
        })
    ));
    let base = node_app(&format!(
        "FROM gcr.io/distroless/base-debian12\nCOPY --from=build /usr/local/bin/node /usr/local/bin/node\n{PROD}CMD [\"node\", \"dist/index.js\"]\n"
    ));
    assert!(
        matches!(first(&base), Some(StartProblem::MissingLibstdcxx { .. })),
        "{base:?}"
    );
}

// npm run-script reads the nearest package.json and runs the script with
// `sh -c`, node_modules/.bin first on PATH (docs.npmjs.com, npm run-script).
#[test]
fn npm_start_runs_the_scripts_command() {
    let with = node_app(&format!(
        "FROM node:22-slim\n{PROD}COPY --from=build /app/package.json ./\nCMD [\"npm\", \"start\"]\n"
    ));
    assert_eq!(first(&with), None, "{with:?}");
    assert_eq!(with.scripts, ["start"]);
    let without = node_app(&format!(
        "FROM node:22-slim\n{PROD}CMD [\"npm\", \"start\"]\n"
    ));
    assert!(matches!(
        first(&without),
        Some(StartProblem::NoPackageJson { .. })
    ));
}

// A script the Dockerfile writes (`COPY <<EOF`) runs through its `#!`
// interpreter, and `exec "$@"` hands over to the command after it.
#[test]
fn a_heredoc_entrypoint_is_followed() {
    let launch = node_app(&format!(
        "FROM node:22-slim\n{PROD}COPY --chmod=755 <<EOF /entrypoint.sh\n#!/bin/sh\nset -e\nexec \"$@\"\nEOF\nENTRYPOINT [\"/entrypoint.sh\"]\nCMD [\"node\", \"dist/index.js\"]\n"
    ));
    assert_eq!(first(&launch), None, "{launch:?}");
    assert!(launch.app.is_some());
    let no_bit = node_app(&format!(
        "FROM node:22-slim\n{PROD}COPY <<EOF /entrypoint.sh\n#!/bin/sh\nexec \"$@\"\nEOF\nENTRYPOINT [\"/entrypoint.sh\"]\nCMD [\"node\", \"dist/index.js\"]\n"
    ));
    assert!(matches!(
        first(&no_bit),
        Some(StartProblem::NotExecutable { .. })
    ));
}

// Invalid JSON is no exec form: Docker runs the text with /bin/sh -c, which
// looks for a program named `["node",` (Dockerfile reference, "Shell and
// exec form").
#[test]
fn broken_json_is_said_as_such() {
    let launch = node_app(&format!(
        "FROM node:22-slim\n{PROD}CMD [\"node\", \"dist/index.js\"\n"
    ));
    assert!(matches!(
        first(&launch),
        Some(StartProblem::InvalidJson { .. })
    ));
}

// A Go binary built with cgo links the image's glibc: it does not start on
// scratch ("no such file or directory" from the missing loader). Go reads CA
// certificates from /etc/ssl/certs (crypto/x509, root_linux.go).
#[test]
fn a_go_binary_needs_its_libc_and_the_certificates() {
    let build = "FROM golang:1.26 AS build\nWORKDIR /src\nCOPY go.* ./\nCOPY . .\n";
    let dynamic = start(
        "07",
        &format!(
            "{build}RUN go build -o /server ./cmd/server\nFROM scratch\nCOPY --from=build /server /server\nENTRYPOINT [\"/server\"]\n"
        ),
    );
    assert!(matches!(
        first(&dynamic),
        Some(StartProblem::MissingLibc { .. })
    ));
    let no_certs = start(
        "07",
        &format!(
            "{build}RUN CGO_ENABLED=0 go build -o /server ./cmd/server\nFROM scratch\nCOPY --from=build /server /server\nENTRYPOINT [\"/server\"]\n"
        ),
    );
    assert_eq!(first(&no_certs), Some(&StartProblem::NoCaCertificates));
    let certs = start(
        "07",
        &format!(
            "{build}RUN CGO_ENABLED=0 go build -o /server ./cmd/server\nFROM scratch\nCOPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\nCOPY --from=build /server /server\nENTRYPOINT [\"/server\"]\n"
        ),
    );
    assert_eq!(first(&certs), None, "{certs:?}");
}

// public/index.php requires __DIR__ . '/../vendor/autoload.php', whose
// PSR-4 map finds App\ in vendor/../src (getcomposer.org, autoloading).
#[test]
fn php_finds_the_autoloader_beside_its_code() {
    let deps = "FROM composer:2 AS deps\nWORKDIR /app\nCOPY composer.* ./\nRUN composer install --no-dev\n\nFROM php:8.3-fpm\n";
    let together = start(
        "06",
        &format!(
            "{deps}COPY --from=deps /app/vendor ./vendor\nCOPY src ./src\nCOPY public ./public\n"
        ),
    );
    assert_eq!(first(&together), None, "{together:?}");
    assert_eq!(together.app, Some(App::PhpServer));
    let apart = start(
        "06",
        &format!(
            "{deps}COPY --from=deps /app/vendor /opt/vendor\nCOPY src ./src\nCOPY public ./public\n"
        ),
    );
    assert!(matches!(
        first(&apart),
        Some(StartProblem::NoAutoload { .. })
    ));
    let no_code = start(
        "06",
        &format!("{deps}COPY --from=deps /app/vendor ./vendor\nCOPY public ./public\n"),
    );
    assert!(matches!(
        first(&no_code),
        Some(StartProblem::AutoloadMissesCode { .. })
    ));
}

// `apache2ctl start` forks Apache into the background and returns, and a
// container ends with its main process (docs.docker.com, "Run multiple
// processes in a container").
#[test]
fn a_server_sent_to_the_background_ends_the_container() {
    let deps = "FROM composer:2 AS deps\nWORKDIR /app\nCOPY composer.* ./\nRUN composer install --no-dev\n\nFROM php:8.3-apache\nCOPY --from=deps /app/vendor ./vendor\nCOPY . .\n";
    let launch = start("06", &format!("{deps}CMD [\"apache2ctl\", \"start\"]\n"));
    assert!(matches!(
        first(&launch),
        Some(StartProblem::Daemonizes { .. })
    ));
}

// Flask loads templates from the templates/ folder beside the application
// module (flask.palletsprojects.com, Flask(template_folder="templates")).
#[test]
fn python_needs_its_packages_and_templates_beside_the_app() {
    let build = "FROM python:3.12 AS build\nRUN python -m venv /opt/venv\nENV PATH=/opt/venv/bin:$PATH\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n\nFROM python:3.12-slim\nCOPY --from=build /opt/venv /opt/venv\nENV PATH=/opt/venv/bin:$PATH\nWORKDIR /app\n";
    let right = start(
        "05",
        &format!(
            "{build}COPY app.py ./\nCOPY templates ./templates\nCMD [\"python\", \"app.py\"]\n"
        ),
    );
    assert_eq!(first(&right), None, "{right:?}");
    let flat = start(
        "05",
        &format!("{build}COPY app.py templates/ ./\nCMD [\"python\", \"app.py\"]\n"),
    );
    assert!(matches!(
        first(&flat),
        Some(StartProblem::MissingBeside { .. })
    ));
    // The venv copied, but not first on PATH: the system python has no Flask.
    let off_path = build.replace("ENV PATH=/opt/venv/bin:$PATH\nWORKDIR", "WORKDIR");
    let system = start(
        "05",
        &format!(
            "{off_path}COPY app.py ./\nCOPY templates ./templates\nCMD [\"python\", \"app.py\"]\n"
        ),
    );
    assert!(matches!(
        first(&system),
        Some(StartProblem::PackagesNotImported { .. })
    ));
}

// An ARG left empty gives `node:-slim`, which is no reference ("invalid
// reference format"): the build stops there, nothing starts.
#[test]
fn an_invalid_base_has_nothing_to_start() {
    let launch = node_app(&format!(
        "FROM node:${{MISSING}}-slim\n{PROD}CMD [\"node\", \"dist/index.js\"]\n"
    ));
    assert!(matches!(first(&launch), Some(StartProblem::NoImage { .. })));
}

#[test]
fn every_problem_speaks_both_languages() {
    let problems = [
        StartProblem::NothingToRun,
        StartProblem::NoCaCertificates,
        StartProblem::ExitsAtOnce {
            argv: "node".into(),
            inherited: true,
        },
        StartProblem::NotWritable {
            path: "/app/uploads".into(),
            user: "node".into(),
        },
    ];
    for problem in problems {
        let (fr, en) = (problem.message(Lang::Fr), problem.message(Lang::En));
        assert!(!fr.is_empty() && !en.is_empty() && fr != en, "{problem:?}");
    }
}

// crypto/x509/root_linux.go: Go reads /etc/ssl/certs/ca-certificates.crt
// (and a few other bundles), or the folders /etc/ssl/certs and
// /etc/pki/tls/certs; the certs folder copied *into* /etc/ssl/ leaves
// /etc/ssl/ca-certificates.crt, which it never reads.
#[test]
fn go_reads_certificates_only_where_go_looks() {
    let build = "FROM golang:1.26 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /server ./cmd/server\nFROM scratch\nCOPY --from=build /server /server\nENTRYPOINT [\"/server\"]\n";
    for (copy, found) in [
        ("COPY --from=build /etc/ssl/certs /etc/ssl/certs", true),
        (
            "COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/",
            true,
        ),
        ("COPY --from=build /etc/ssl/certs /etc/ssl/", false),
        (
            "COPY --from=build /etc/ssl/certs/ca-certificates.crt /certs.pem\nENV SSL_CERT_FILE=/certs.pem",
            true,
        ),
    ] {
        let launch = start("07", &format!("{build}{copy}\n"));
        assert_eq!(
            first(&launch) != Some(&StartProblem::NoCaCertificates),
            found,
            "{copy}: {launch:?}"
        );
    }
}

// Each php image variant has its own server: apache2-foreground exists in
// the apache images only (docker-library/php 8.3/*/apache).
#[test]
fn a_server_of_another_variant_is_not_there() {
    let launch = start(
        "06",
        "FROM composer:2 AS deps\nWORKDIR /app\nCOPY composer.* ./\nRUN composer install --no-dev\nFROM php:8.3-fpm\nCOPY --from=deps /app/vendor ./vendor\nCOPY . .\nCMD [\"apache2-foreground\"]\n",
    );
    assert!(matches!(
        first(&launch),
        Some(StartProblem::NotFound { .. })
    ));
}

// A scenario can say the application writes beside itself at run time: the
// container's user must then be allowed to (write permission on the folder,
// path_resolution(7)); `USER node` then `WORKDIR /app` gives /app to node
// (BuildKit's dispatchWorkdir).
#[test]
fn a_folder_the_app_writes_must_be_the_users() {
    let mut scenario = crate::simulate::testing::scenario("04");
    scenario
        .runtime_needs
        .push(RuntimeNeed::Writable("uploads".into()));
    let launch_in = |text: &str| {
        let dockerfile = crate::dockerfile::parse(text).expect("parses");
        let graph = crate::graph::build(&dockerfile, &crate::graph::BuildOptions::default())
            .expect("graph");
        let simulation = crate::simulate::simulate(&dockerfile, &graph, &scenario);
        launch(simulation.image(), &scenario)
    };
    let build = "FROM node:22 AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build && npm prune --omit=dev\n\nFROM node:22-slim\n";
    let copy = "COPY --from=build /app/node_modules ./node_modules\nCOPY --from=build /app/dist ./dist\nCMD [\"node\", \"dist/index.js\"]\n";
    let root_owned = launch_in(&format!("{build}WORKDIR /app\nUSER node\n{copy}"));
    assert!(
        matches!(first(&root_owned), Some(StartProblem::NotWritable { .. })),
        "{root_owned:?}"
    );
    let theirs = launch_in(&format!("{build}USER node\nWORKDIR /app\n{copy}"));
    assert_eq!(first(&theirs), None, "{theirs:?}");
    let made = launch_in(&format!(
        "{build}WORKDIR /app\nRUN mkdir uploads && chown node uploads\nUSER node\n{copy}"
    ));
    assert_eq!(first(&made), None, "{made:?}");
}

// Dockerfile reference, CMD/ENTRYPOINT table: an exec-form ENTRYPOINT with
// a shell-form CMD runs `ENTRYPOINT… /bin/sh -c "cmd"`: here node is handed
// `/bin/sh` as its script.
#[test]
fn a_shell_form_cmd_after_an_exec_entrypoint_becomes_its_arguments() {
    let launch = node_app(&format!(
        "FROM node:22-slim\n{PROD}ENTRYPOINT [\"node\"]\nCMD dist/index.js\n"
    ));
    assert_eq!(launch.argv, ["node", "/bin/sh", "-c", "dist/index.js"]);
    assert!(
        matches!(first(&launch), Some(StartProblem::NotTheApp { .. })),
        "{launch:?}"
    );
}

// docker-library/python: CMD ["python3"], the interactive interpreter, which
// exits at once without a terminal.
#[test]
fn pythons_own_cmd_is_the_repl() {
    let launch = start(
        "05",
        "FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py ./\n",
    );
    assert_eq!(
        first(&launch),
        Some(&StartProblem::ExitsAtOnce {
            argv: "python3".into(),
            inherited: true
        })
    );
}

// execve(2): a `#!` line naming a missing interpreter fails with ENOENT
// ("no such file or directory"), although the script itself is there.
#[test]
fn a_script_needs_its_interpreter() {
    let launch = node_app(&format!(
        "FROM node:22-slim\n{PROD}COPY --chmod=755 <<EOF /start.sh\n#!/bin/bash\nexec node /app/dist/index.js\nEOF\nENTRYPOINT [\"/start.sh\"]\n"
    ));
    assert_eq!(first(&launch), None, "{launch:?}");
    let alpine = node_app(&format!(
        "FROM node:22-alpine\n{PROD}COPY --chmod=755 <<EOF /start.sh\n#!/bin/bash\nexec node /app/dist/index.js\nEOF\nENTRYPOINT [\"/start.sh\"]\n"
    ));
    assert!(
        matches!(first(&alpine), Some(StartProblem::BadInterpreter { .. })),
        "{alpine:?}"
    );
}
