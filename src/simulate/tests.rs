//! The simulation on small builds a learner writes.

use super::*;
use crate::graph::{self, BuildOptions};
use crate::simulate::testing::blocking;

fn scenario() -> Scenario {
    toml::from_str(
        r#"
dockerignore = [".git", "node_modules"]
context = [
  { path = "package.json", size = "2 kB", kind = "manifest" },
  { path = "package-lock.json", size = "180 kB", kind = "lockfile" },
  { path = "src", size = "120 kB", kind = "source" },
  { path = "tests", size = "40 kB", kind = "test" },
  { path = "node_modules", size = "146 MB", kind = "dependencies" },
  { path = ".git", size = "3 MB", kind = "vcs" },
  { path = "requirements.txt", size = "1 kB", kind = "manifest" },
  { path = "go.mod", size = "1 kB", kind = "manifest" },
]
[node]
dependencies = "6 MB"
dev_dependencies = "140 MB"
build_output = "dist"
build_size = "400 kB"
[python]
packages = "45 MB"
needs_compiler = true
[go]
binary = "server"
binary_size = "15 MB"
"#,
    )
    .expect("scenario")
}

fn run(text: &str) -> Simulation {
    let dockerfile = crate::dockerfile::parse(text).expect("parses");
    let graph = graph::build(&dockerfile, &BuildOptions::default()).expect("graph");
    simulate(&dockerfile, &graph, &scenario())
}

fn paths(image: &StageImage) -> Vec<String> {
    let mut paths: Vec<String> = image
        .files
        .entries
        .iter()
        .filter(|entry| entry.is_added())
        .map(|entry| entry.path.clone())
        .collect();
    paths.sort();
    paths
}

fn notes(simulation: &Simulation) -> Vec<NoteKind> {
    simulation
        .stages
        .iter()
        .flat_map(|stage| stage.notes.iter().map(|note| note.kind.clone()))
        .collect()
}

const TWO_STAGES: &str = "FROM node:22 AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim
WORKDIR /srv
COPY --from=build /app/dist ./dist
CMD [\"node\", \"dist/index.js\"]
";

#[test]
fn a_two_stage_node_build_ships_only_dist_on_the_slim_base() {
    let simulation = run(TWO_STAGES);
    assert_eq!(
        paths(&simulation.stages[0]),
        [
            "/app/dist",
            "/app/go.mod",
            "/app/node_modules",
            "/app/package-lock.json",
            "/app/package.json",
            "/app/requirements.txt",
            "/app/src",
            "/app/tests"
        ]
    );
    let image = simulation.image();
    assert_eq!(paths(image), ["/srv/dist"]);
    assert_eq!(
        image
            .files
            .entries
            .iter()
            .find(|e| e.path == "/srv/dist")
            .unwrap()
            .copied_from,
        Some(0)
    );
    assert_eq!(image.size(), Some(220_000_000 + 400_000));
    assert!(notes(&simulation).is_empty(), "{:?}", notes(&simulation));
}

#[test]
fn dockerignore_keeps_the_local_node_modules_and_git_out() {
    let simulation = run(TWO_STAGES);
    assert!(
        simulation.stages[0]
            .files
            .find("/app/node_modules")
            .is_some_and(|modules| modules.size == 146_000_000
                && !modules.has(&Tag::File("node_modules".into())))
    );
    assert!(simulation.stages[0].files.find("/app/.git").is_none());
}

#[test]
fn a_copy_from_path_relative_to_the_builders_workdir_is_missing() {
    let simulation = run(&TWO_STAGES.replace("/app/dist ./dist", "dist ./dist"));
    assert_eq!(
        notes(&simulation),
        [NoteKind::MissingSource {
            path: "dist".into(),
            from: Some("build".into())
        }]
    );
    assert!(simulation.stages[1].notes[0].blocks_build());
}

#[test]
fn building_without_the_dev_dependencies_fails() {
    let simulation = run(&TWO_STAGES.replace("RUN npm ci\n", "RUN npm ci --omit=dev\n"));
    assert!(matches!(
        simulation.stages[0].notes[..],
        [Note {
            kind: NoteKind::MissingDevDependencies { .. },
            ..
        }]
    ));
    // …and so the runtime's COPY finds no dist/.
    assert!(matches!(
        simulation.stages[1].notes[..],
        [Note {
            kind: NoteKind::MissingSource { .. },
            ..
        }]
    ));
}

#[test]
fn prune_removes_the_dev_dependencies() {
    let simulation = run(
        "FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build && npm prune --omit=dev\n",
    );
    let modules = simulation
        .image()
        .files
        .find("/app/node_modules")
        .unwrap()
        .clone();
    assert!(modules.has(&Tag::Dependencies) && !modules.has(&Tag::DevDependencies));
    assert_eq!(modules.size, 6_000_000);
}

#[test]
fn pip_needs_a_compiler_unless_it_installs_wheels() {
    let slim = run(
        "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n",
    );
    assert!(matches!(
        notes(&slim)[..],
        [NoteKind::MissingCompiler { .. }]
    ));

    let wheels = run("FROM python:3.12 AS build
WORKDIR /app
COPY requirements.txt .
RUN pip wheel -r requirements.txt -w /wheels

FROM python:3.12-slim
COPY --from=build /wheels /wheels
RUN pip install --no-index --find-links=/wheels /wheels/* && rm -rf /wheels
");
    assert!(notes(&wheels).is_empty(), "{:?}", notes(&wheels));
    let image = wheels.image();
    assert!(
        image.has(&Tag::Dependencies) && !image.has(&Tag::Wheels) && !image.has(&Tag::Compiler)
    );
}

#[test]
fn a_file_copied_to_the_workdir_or_dot_lands_inside_it() {
    let simulation =
        run("FROM node:22\nCOPY package.json .\nWORKDIR /app\nCOPY package-lock.json /app\n");
    assert_eq!(
        paths(simulation.image()),
        ["/app/package-lock.json", "/package.json"]
    );
    assert!(simulation.image().has(&Tag::Node));
}

#[test]
fn a_venv_on_the_path_receives_the_packages() {
    let simulation = run("FROM python:3.12
RUN python -m venv /opt/venv
ENV PATH=\"/opt/venv/bin:$PATH\"
COPY requirements.txt .
RUN pip install -r requirements.txt
");
    let venv = simulation.image().files.find("/opt/venv").unwrap();
    assert!(venv.has(&Tag::Venv) && venv.has(&Tag::Dependencies));
}

#[test]
fn go_links_statically_without_cgo_or_without_a_compiler() {
    let build = |from: &str, env: &str| {
        let text = format!(
            "FROM {from}\nWORKDIR /src\nCOPY go.mod .\nCOPY src ./src\nRUN {env}go build -o /out/server .\n"
        );
        run(&text)
            .image()
            .files
            .find("/out/server")
            .unwrap()
            .clone()
    };
    assert!(build("golang:1.23", "").has(&Tag::DynamicBinary));
    assert!(build("golang:1.23", "CGO_ENABLED=0 ").has(&Tag::StaticBinary));
    assert!(build("golang:1.23-alpine", "").has(&Tag::StaticBinary));
}

/// Go, built on an amd64 machine for an arm64 image.
fn cross(text: &str) -> (Simulation, crate::simulate::Launch) {
    let dockerfile = crate::dockerfile::parse(text).expect("parses");
    let options = BuildOptions {
        platform: crate::graph::Platform::parse("linux/arm64").unwrap(),
        build_platform: crate::graph::Platform::parse("linux/amd64").unwrap(),
        ..BuildOptions::default()
    };
    let graph = graph::build(&dockerfile, &options).expect("graph");
    let scenario = crate::simulate::testing::scenario("07");
    let simulation = simulate(&dockerfile, &graph, &scenario);
    let launch = crate::simulate::launch(simulation.image(), &scenario);
    (simulation, launch)
}

// Go compiles for GOARCH, else for the machine it runs on; a stage on
// $BUILDPLATFORM runs on the build machine (BuildKit: ds.platform), and
// the kernel refuses a binary for another CPU ("exec format error").
#[test]
fn go_builds_for_goarch_or_for_the_platform_it_runs_on() {
    let dockerfile = |from: &str, env: &str| {
        format!(
            "FROM {from} AS build\nARG TARGETOS TARGETARCH\nWORKDIR /src\nCOPY go.mod go.sum ./\nCOPY cmd ./cmd\nCOPY internal ./internal\nRUN {env}CGO_ENABLED=0 go build -o /out/server ./cmd/server\nFROM scratch\nCOPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\nCOPY --from=build /out/server /server\nENTRYPOINT [\"/server\"]\n"
        )
    };
    let arch = |simulation: &Simulation| {
        simulation
            .image()
            .files
            .find("/server")
            .unwrap()
            .abi
            .arch
            .clone()
    };
    // On the build platform, with the target's GOARCH: right.
    let (native, launch) = cross(&dockerfile(
        "--platform=$BUILDPLATFORM golang:1.26",
        "GOOS=$TARGETOS GOARCH=$TARGETARCH ",
    ));
    assert_eq!(arch(&native).as_deref(), Some("arm64"));
    assert!(launch.problems.is_empty(), "{:?}", launch.problems);
    assert_eq!(native.stages[0].platform.arch, "amd64");
    // On the build platform without GOARCH: an amd64 binary in an arm64 image.
    let (wrong, launch) = cross(&dockerfile("--platform=$BUILDPLATFORM golang:1.26", ""));
    assert_eq!(arch(&wrong).as_deref(), Some("amd64"));
    assert!(matches!(
        launch.problems.first(),
        Some(crate::simulate::StartProblem::WrongArchitecture { .. })
    ));
    // Emulated: the compiler runs as arm64 and builds for it.
    let (emulated, launch) = cross(&dockerfile("golang:1.26", ""));
    assert_eq!(arch(&emulated).as_deref(), Some("arm64"));
    assert_eq!(emulated.stages[0].platform.arch, "arm64");
    assert!(launch.problems.is_empty());
}

// Go keeps modules in $GOPATH/pkg/mod (/go in the golang image) and what
// it compiled in ~/.cache/go-build (`go help cache`); a cache mount there
// keeps them out of the layer (BuildKit's cache mounts).
#[test]
fn go_caches_are_recorded_with_their_cache_mounts() {
    let build = |mounts: &str| {
        let text = format!(
            "FROM golang:1.26 AS build\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN {mounts}go mod download\nCOPY cmd ./cmd\nCOPY internal ./internal\nRUN {mounts}CGO_ENABLED=0 go build -o /out/server ./cmd/server\n"
        );
        crate::simulate::testing::build("07", &text)
    };
    let cached = build(
        "--mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build ",
    );
    let uses = &cached.image().cache_uses;
    assert!(
        uses.len() >= 3 && uses.iter().all(|cache| cache.mounted),
        "{uses:?}"
    );
    assert!(!cached.image().has(&Tag::BuildCache));
    let plain = build("");
    let paths: Vec<&str> = plain
        .image()
        .cache_uses
        .iter()
        .map(|c| c.path.as_str())
        .collect();
    assert!(paths.contains(&"/go/pkg/mod") && paths.contains(&"/root/.cache/go-build"));
    assert!(plain.image().cache_uses.iter().all(|cache| !cache.mounted));
    assert!(plain.image().has(&Tag::BuildCache));
    // A mount elsewhere holds nothing Go writes.
    let elsewhere = build("--mount=type=cache,target=/cache ");
    assert!(
        elsewhere
            .image()
            .cache_uses
            .iter()
            .all(|cache| !cache.mounted)
    );
}

/// Exercise 04's Node project, its packages behind a private registry, and
/// a build given the secret `npmrc` (its credentials).
fn private_registry(text: &str) -> Simulation {
    let mut scenario = crate::simulate::testing::scenario("04");
    if let Some(node) = scenario.node.as_mut() {
        node.private_registry = Some("npm.pkg.github.com".into());
    }
    scenario.secrets = vec![crate::simulate::scenario::BuildSecret { id: "npmrc".into() }];
    let dockerfile = crate::dockerfile::parse(text).expect("parses");
    let graph = graph::build(&dockerfile, &BuildOptions::default()).expect("graph");
    simulate(&dockerfile, &graph, &scenario)
}

fn secret_layers(simulation: &Simulation) -> Vec<String> {
    simulation
        .stages
        .iter()
        .flat_map(|stage| {
            stage
                .files
                .entries
                .iter()
                .chain(stage.shadowed.iter().map(|shadowed| &shadowed.entry))
        })
        .filter(|entry| entry.has(&Tag::Secret))
        .map(|entry| entry.path.clone())
        .collect()
}

// BuildKit mounts a secret for one RUN, at /run/secrets/<id> unless
// target= says (dockerfile2llb/convert_secrets.go); npm reads $HOME/.npmrc,
// the project's .npmrc, or NPM_CONFIG_USERCONFIG (docs.npmjs.com, npmrc).
#[test]
fn a_secret_mount_lends_credentials_for_one_run_only() {
    let install = |run: &str| {
        private_registry(&format!(
            "FROM node:22\nWORKDIR /app\nCOPY package.json package-lock.json ./\n{run}\n"
        ))
    };
    let at_home = install("RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci");
    assert!(blocking(&at_home).is_empty(), "{:?}", blocking(&at_home));
    assert!(secret_layers(&at_home).is_empty());
    let named =
        install("RUN --mount=type=secret,id=npmrc NPM_CONFIG_USERCONFIG=/run/secrets/npmrc npm ci");
    assert!(blocking(&named).is_empty(), "{:?}", blocking(&named));
    // At /run/secrets/npmrc, npm never reads it.
    let unread = install("RUN --mount=type=secret,id=npmrc npm ci");
    assert!(matches!(
        blocking(&unread).first(),
        Some(NoteKind::RegistryUnauthorized { .. })
    ));
    // Copied out of the mount, it stays in the layer even deleted later.
    let copied = install(
        "RUN --mount=type=secret,id=npmrc cp /run/secrets/npmrc /root/.npmrc && npm ci\nRUN rm /root/.npmrc",
    );
    assert!(blocking(&copied).is_empty(), "{:?}", blocking(&copied));
    assert_eq!(secret_layers(&copied), ["/root/.npmrc"]);
    // Copied and deleted in the same RUN, it never reaches a layer.
    let same_run = install(
        "RUN --mount=type=secret,id=npmrc cp /run/secrets/npmrc .npmrc && npm ci && rm .npmrc",
    );
    assert!(blocking(&same_run).is_empty(), "{:?}", blocking(&same_run));
    assert!(secret_layers(&same_run).is_empty());
    // A secret the build is not given: absent, or fatal when required.
    let other = install("RUN --mount=type=secret,id=token,required=true npm ci");
    assert!(matches!(
        blocking(&other).first(),
        Some(NoteKind::MissingSecret { .. })
    ));
}

#[test]
fn unknown_commands_are_reported_not_guessed() {
    let simulation = run("FROM node:22\nRUN make-magic --everything\n");
    assert_eq!(
        notes(&simulation),
        [NoteKind::UnknownCommand {
            command: "make-magic --everything".into()
        }]
    );
    assert!(!simulation.image().notes[0].blocks_build());
    assert_eq!(paths(simulation.image()), Vec::<String>::new());
}

#[test]
fn a_bind_mount_lends_its_files_to_one_run_only() {
    let simulation = run("FROM node:22
WORKDIR /app
RUN --mount=type=bind,source=package.json,target=package.json \\
    --mount=type=bind,source=package-lock.json,target=package-lock.json \\
    npm ci --omit=dev
");
    assert!(notes(&simulation).is_empty(), "{:?}", notes(&simulation));
    assert_eq!(paths(simulation.image()), ["/app/node_modules"]);
    // npm ci refuses to run without its lock file.
    let without_lock = run("FROM node:22\nWORKDIR /app\nCOPY package.json .\nRUN npm ci\n");
    assert!(
        matches!(&notes(&without_lock)[..], [NoteKind::MissingFile { path, .. }] if path == "/app/package-lock.json")
    );
}

#[test]
fn apt_needs_its_lists_and_a_shell_form_run_needs_a_shell() {
    let simulation = run("FROM python:3.12-slim\nRUN apt-get install -y gcc\n");
    assert!(matches!(
        notes(&simulation)[..],
        [NoteKind::NoPackageLists { .. }]
    ));
    let scratch = run("FROM scratch\nRUN echo hello\n");
    assert_eq!(
        notes(&scratch),
        [NoteKind::NoShell {
            shell: "/bin/sh".into()
        }]
    );
}

#[test]
fn unknown_images_have_an_unknown_size() {
    let simulation = run("FROM registry.example.com/team/base:1\nCOPY package.json /\n");
    assert_eq!(simulation.image().size(), None);
    assert!(matches!(
        notes(&simulation)[..],
        [NoteKind::UnknownImage { .. }]
    ));
}

#[test]
fn removing_in_a_later_layer_hides_files_but_ships_their_bytes() {
    let later = run("FROM node:22\nWORKDIR /app\nCOPY . .\nRUN rm -rf src tests\n");
    let image = later.image();
    assert!(image.files.find("/app/src").is_none());
    let hidden: Vec<&str> = image
        .shadowed
        .iter()
        .map(|s| s.entry.path.as_str())
        .collect();
    assert_eq!(hidden, ["/app/src", "/app/tests"]);
    assert_eq!(
        image.size(),
        Some(1_120_000_000 + image.files.total_size() + 160_000)
    );

    // The same RUN that downloads and removes leaves nothing behind.
    let same = run(
        "FROM python:3.12-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n",
    );
    assert!(same.image().shadowed.is_empty() && !same.image().has(&Tag::AptLists));
    let split = run(
        "FROM python:3.12-slim\nRUN apt-get update\nRUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n",
    );
    assert!(
        split
            .image()
            .shadowed
            .iter()
            .any(|s| s.entry.has(&Tag::AptLists))
    );
}

#[test]
fn a_folders_contents_copied_into_another_folder_are_spread() {
    let simulation = run(&TWO_STAGES.replace("/app/dist ./dist", "/app/dist ./"));
    let spread = simulation.image().files.find("/srv").unwrap();
    assert_eq!(spread.spread_from.as_deref(), Some("dist"));
    assert!(spread.has(&Tag::BuildOutput));
}

#[test]
fn stage_args_and_users_reach_the_commands() {
    let go = run(
        "FROM golang:1.23\nARG CGO_ENABLED=0\nWORKDIR /src\nCOPY go.mod .\nCOPY src ./src\nRUN go install ./cmd/server\n",
    );
    assert!(
        go.image()
            .files
            .find("/go/bin/server")
            .unwrap()
            .has(&Tag::StaticBinary)
    );
    let user = run(
        "FROM python:3.12\nRUN useradd -m app\nUSER app\nWORKDIR /home/app\nCOPY requirements.txt .\nRUN pip install --user -r requirements.txt\n",
    );
    assert!(
        user.image()
            .files
            .find("/home/app/.local")
            .unwrap()
            .has(&Tag::PythonPackages)
    );
}

#[test]
fn python_packages_remember_their_python_and_libc() {
    let simulation = run(
        "FROM python:3.11-alpine\nRUN apk add build-base\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n",
    );
    let packages = simulation
        .image()
        .files
        .find("/usr/local/lib/python3.11/site-packages")
        .unwrap();
    assert!(
        packages.abi.python.as_deref() == Some("3.11") && packages.abi.libc == Some(Libc::Musl)
    );
}

#[test]
fn several_sources_need_a_folder_destination() {
    let simulation = run("FROM node:22\nCOPY package.json package-lock.json /app\n");
    assert_eq!(
        notes(&simulation),
        [NoteKind::DestinationNotFolder {
            destination: "/app".into()
        }]
    );
}

#[test]
fn system_files_of_a_real_image_can_be_copied_but_not_made_up() {
    let simulation = run(
        "FROM golang:1.23 AS build\nFROM scratch\nCOPY --from=build /etc/passwd /etc/passwd\nCOPY --from=build /app/server /server\n",
    );
    assert_eq!(
        notes(&simulation),
        [NoteKind::MissingSource {
            path: "/app/server".into(),
            from: Some("build".into())
        }]
    );
    assert!(simulation.image().files.exists("/etc/passwd"));
}

#[test]
fn shell_conditions_follow_the_simulated_files() {
    let lock = run(
        "FROM node:22\nWORKDIR /app\nCOPY package*.json ./\nRUN if [ -f package-lock.json ]; then npm ci --omit=dev; else npm install; fi\n",
    );
    let modules = lock
        .image()
        .files
        .find("/app/node_modules")
        .unwrap()
        .clone();
    assert!(
        !modules.has(&Tag::DevDependencies),
        "the lock file exists: npm ci --omit=dev ran"
    );
    let no_lock = run(
        "FROM node:22\nWORKDIR /app\nCOPY package.json ./\nRUN if [ -f package-lock.json ]; then npm ci --omit=dev; else npm install; fi\n",
    );
    assert!(
        no_lock
            .image()
            .files
            .find("/app/node_modules")
            .unwrap()
            .has(&Tag::DevDependencies)
    );
    assert!(notes(&no_lock).is_empty(), "{:?}", notes(&no_lock));
}

#[test]
fn a_stage_starts_in_its_images_workdir() {
    let simulation =
        run("FROM golang:1.23\nCOPY go.mod .\nCOPY src ./src\nRUN go build -o server .\n");
    assert_eq!(simulation.image().config.workdir, "/go");
    assert!(simulation.image().files.find("/go/server").is_some());
}

#[test]
fn copy_exclude_and_globs_inside_built_folders() {
    let excluded = run("FROM node:22\nWORKDIR /app\nCOPY --exclude=src --exclude=tests . .\n");
    assert!(!excluded.image().has(&Tag::Sources) && !excluded.image().has(&Tag::Tests));
    assert!(excluded.image().has(&Tag::Manifest));
    let globbed = run(&TWO_STAGES.replace("/app/dist ./dist", "/app/dist/* ./dist/"));
    assert!(
        globbed
            .image()
            .files
            .find("/srv/dist")
            .unwrap()
            .has(&Tag::BuildOutput)
    );
}

#[test]
fn a_redefined_variable_keeps_its_latest_value() {
    let simulation =
        run("FROM python:3.12\nENV PATH=/opt/venv/bin:$PATH\nENV PATH=/root/.local/bin:$PATH\n");
    let path = simulation.image().var("PATH").unwrap();
    assert!(
        path.starts_with("/root/.local/bin:/opt/venv/bin:/usr/local/bin:"),
        "{path}"
    );
}

#[test]
fn a_heredoc_is_the_script_only_when_it_is_the_whole_command() {
    let alone = run(
        "FROM node:22\nWORKDIR /app\nCOPY package*.json ./\nRUN <<EOF\nnpm ci --omit=dev\nEOF\n",
    );
    assert!(alone.image().has(&Tag::Dependencies));
    let stdin = run(
        "FROM node:22\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev && cat > .npmrc <<EOF\nfund=false\nEOF\n",
    );
    assert!(stdin.image().has(&Tag::Dependencies), "npm ci ran");
    let no_shell = run("FROM gcr.io/distroless/static-debian12\nRUN <<EOF\necho hi\nEOF\n");
    assert_eq!(
        notes(&no_shell),
        [NoteKind::NoShell {
            shell: "/bin/sh".into()
        }]
    );
}

#[test]
fn an_entrypoint_drops_the_cmd_of_an_earlier_stage_but_not_its_own() {
    let inherited =
        run("FROM node:22 AS base\nCMD [\"node\", \"a.js\"]\nFROM base\nENTRYPOINT [\"node\"]\n");
    assert!(inherited.image().config.cmd.is_none());
    let own = run("FROM node:22 AS base\nFROM base\nCMD [\"b.js\"]\nENTRYPOINT [\"node\"]\n");
    assert!(own.image().config.cmd.is_some());
}

#[test]
fn apk_del_of_a_virtual_group_removes_its_packages() {
    let simulation = run(
        "FROM python:3.12-alpine\nCOPY requirements.txt .\nRUN apk add --virtual .build-deps gcc musl-dev && pip install -r requirements.txt && apk del .build-deps\n",
    );
    assert!(!simulation.image().has(&Tag::Compiler));
    assert!(simulation.image().has(&Tag::PythonPackages));
}

#[test]
fn shell_details_the_fourth_review_found() {
    // useradd with grouped flags creates the named user, not its shell.
    let user = run("FROM python:3.12\nRUN useradd -ms /bin/bash appuser\n");
    assert!(user.image().accounts.user("appuser").is_some());
    assert!(
        !user
            .image()
            .accounts
            .users
            .iter()
            .any(|u| u.name.starts_with('/'))
    );
    // `env NAME=value cmd` runs cmd; `NAME=value;` alone is not exported.
    let env = run(
        "FROM golang:1.23\nWORKDIR /src\nCOPY go.mod .\nCOPY src ./src\nRUN env CGO_ENABLED=0 go build -o /a .\nRUN CGO_ENABLED=0; go build -o /b .\n",
    );
    assert!(
        env.image()
            .files
            .find("/a")
            .unwrap()
            .has(&Tag::StaticBinary)
    );
    assert!(
        env.image()
            .files
            .find("/b")
            .unwrap()
            .has(&Tag::DynamicBinary)
    );
    // A floating tag says no Python version.
    let floating = run("FROM python:3\n");
    assert_eq!(python_version(floating.image()), None);
    assert_eq!(
        python_version(run("FROM python:3.11-slim\n").image()).as_deref(),
        Some("3.11")
    );
}

// BuildKit's readUser (solver/llbsolver/ops/user_linux.go) maps a --chown
// name missing from /etc/passwd to 0:0 without an error (moby/buildkit
// #2249); on a stage with no file yet, the name has nothing to be read
// from: "invalid user index: -1" (solver/llbsolver/ops/file.go).
#[test]
fn copy_chown_resolves_names_as_buildkit_does() {
    use crate::simulate::testing::{blocking, build, notes};
    let missing = build(
        "04",
        "FROM node:22-slim\nWORKDIR /app\nCOPY --chown=app:app package.json ./\n",
    );
    assert_eq!(blocking(&missing), []);
    assert!(
        notes(&missing)
            .iter()
            .any(|note| matches!(note, NoteKind::OwnerNotFound { .. }))
    );
    let file = missing.image().files.find("/app/package.json").unwrap();
    assert_eq!(file.owner, Identity::ROOT);
    let node = build(
        "04",
        "FROM node:22-slim\nWORKDIR /app\nCOPY --chown=node:node package.json ./\n",
    );
    let file = node.image().files.find("/app/package.json").unwrap();
    assert_eq!(
        file.owner,
        Identity {
            uid: 1000,
            gid: 1000
        }
    );
    let scratch = build("07", "FROM scratch\nCOPY --chown=nonroot go.mod /go.mod\n");
    assert!(matches!(
        blocking(&scratch)[..],
        [NoteKind::InvalidUserIndex { .. }]
    ));
    let numeric = build(
        "07",
        "FROM scratch\nCOPY --chown=65532:65532 go.mod /go.mod\n",
    );
    assert_eq!(blocking(&numeric), []);
}

// Files from the context arrive as root's (BuildKit resets the context's
// ids); COPY --from keeps the source stage's owner when no --chown is given
// (fsutil copy: Chown nil keeps the original ids).
#[test]
fn copies_keep_or_reset_their_owner() {
    use crate::simulate::testing::build;
    let simulation = build(
        "04",
        "FROM node:22-slim AS deps\nUSER node\nWORKDIR /home/node/app\nCOPY package*.json ./\nRUN npm ci --omit=dev\n\nFROM node:22-slim\nWORKDIR /app\nCOPY --from=deps /home/node/app/node_modules ./node_modules\n",
    );
    let modules = simulation.image().files.find("/app/node_modules").unwrap();
    assert_eq!(
        modules.owner,
        Identity {
            uid: 1000,
            gid: 1000
        }
    );
    let package = simulation.stages[0]
        .files
        .find("/home/node/app/package.json")
        .unwrap();
    assert_eq!(package.owner, Identity::ROOT);
}

// BuildKit expands ARGs in FROM, then parses the reference: `node:-slim`
// stops the build ("invalid reference format"), and has no size.
#[test]
fn an_invalid_reference_stops_the_build() {
    use crate::simulate::testing::{blocking, build};
    let simulation = build("11", "FROM node:${MISSING}-slim\n");
    assert!(matches!(
        blocking(&simulation)[..],
        [NoteKind::InvalidReference { .. }]
    ));
    assert_eq!(simulation.image().size(), None);
}
