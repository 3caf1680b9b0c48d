//! How a container of the image starts, as `docker run` and runc start it:
//! the config's `ENTRYPOINT` and `CMD` joined as the Dockerfile reference
//! says, the `USER` looked up in `/etc/passwd`, the program found by its
//! path or on the `PATH`, run if its execute bit, its `#!` interpreter or
//! its C library allow, and followed through what it runs in turn (the
//! node image's `docker-entrypoint.sh`, `sh -c`, `tini`, `npm start`) down
//! to the application. Then the application itself: the script Node.js or
//! Python resolves, the modules it imports, the files it reads beside it,
//! Composer's autoloader, CA certificates — what the scenario says it needs
//! at run time. The result is a [`Launch`]: the problems found, first the
//! one that stops the start, and what the checker could not know.

mod needs;
mod problem;

pub use problem::StartProblem;

use super::accounts::Identity;
use super::fs::{self, Entry, Executable, Missing};
use super::image::{Presence, StageImage};
use super::images::DEFAULT_PATH;
use super::scenario::Scenario;
use super::script::{self, Command, Connector, ShellKind};
use super::tag::Tag;

/// How many programs a start may go through (entrypoint, shell, npm…).
const MAX_HOPS: usize = 8;

/// What starting a container of the image does.
#[derive(Debug, Clone, Default)]
pub struct Launch {
    /// The process Docker starts: `ENTRYPOINT` then `CMD`.
    pub argv: Vec<String>,
    /// What it runs, program after program, down to the application.
    pub chain: Vec<Vec<String>>,
    /// The application reached, when the checker could follow that far.
    pub app: Option<App>,
    /// The `package.json` scripts the start runs (`start`, `dev`).
    pub scripts: Vec<String>,
    /// Why it does not start (or breaks on its first request); the first
    /// one is what the learner sees first.
    pub problems: Vec<StartProblem>,
    /// What the checker could not judge.
    pub unknowns: Vec<String>,
}

/// The application a start reaches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum App {
    /// Node.js runs this script.
    Node { script: String },
    /// Python runs this script (or module, with `-m`).
    Python {
        program: String,
        script: Option<String>,
    },
    /// PHP-FPM or Apache serve the project's PHP files.
    PhpServer,
    /// `php -S … -t DIR`: PHP's built-in server.
    PhpBuiltin { root: String },
    /// A compiled program of the project.
    Binary { path: String },
}

/// Starts a container of `image`, as far as the checker can follow.
pub fn launch(image: &StageImage, scenario: &Scenario) -> Launch {
    let mut argv: Vec<String> = Vec::new();
    let mut inherited = true;
    for command in [&image.config.entrypoint, &image.config.cmd]
        .into_iter()
        .flatten()
    {
        argv.extend(command.argv.iter().cloned());
        inherited &= command.line.is_none();
    }
    let mut launch = Launch {
        argv: argv.clone(),
        ..Launch::default()
    };
    if matches!(image.base.kind, super::image::BaseImage::Invalid) {
        launch.problems.push(StartProblem::NoImage {
            reference: image.base.image.clone(),
        });
        return launch;
    }
    for command in [&image.config.entrypoint, &image.config.cmd]
        .into_iter()
        .flatten()
    {
        let script = command.argv.last().map_or("", |text| text.trim_start());
        let json_like = ["[\"", "['", "[ \""]
            .iter()
            .any(|start| script.starts_with(start));
        if let (false, Some(line), true) = (command.exec, command.line, json_like) {
            launch.problems.push(StartProblem::InvalidJson {
                keyword: command.keyword.name(),
                line,
            });
            return launch;
        }
    }
    if argv.is_empty() {
        launch.problems.push(StartProblem::NothingToRun);
        return launch;
    }
    let user = match image.identity() {
        Some(Ok(resolved)) => Some(resolved),
        Some(Err(error)) => {
            launch.problems.push(StartProblem::UserNotFound { error });
            return launch;
        }
        None => None,
    };
    let home = user
        .as_ref()
        .map_or_else(|| image.home(), |u| u.home.clone());
    let mut env: Vec<(String, String)> = image.config.env.clone();
    env.push(("HOME".into(), home));
    let mut runner = Runner {
        image,
        scenario,
        who: user.map(|u| u.identity),
        launch: &mut launch,
        inherited,
    };
    runner.exec(argv, image.config.workdir.clone(), env, 0);
    if launch.problems.is_empty() {
        let app = launch.app.clone();
        needs::needs(image, scenario, app.as_ref(), &mut launch);
    }
    launch
}

struct Runner<'a> {
    image: &'a StageImage,
    scenario: &'a Scenario,
    /// Who the container runs as; `None` when the accounts are unknown.
    who: Option<Identity>,
    launch: &'a mut Launch,
    /// Every word of the start comes from the base image.
    inherited: bool,
}

/// What a program name leads to.
enum Found<'e> {
    Entry(String, std::borrow::Cow<'e, Entry>),
    /// A path the checker cannot see into: its own word for it.
    Unknown(String),
    Missing(StartProblem),
}

fn var<'e>(env: &'e [(String, String)], name: &str) -> Option<&'e str> {
    env.iter()
        .rev()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.as_str())
}

impl Runner<'_> {
    fn problem(&mut self, problem: StartProblem) {
        self.launch.problems.push(problem);
    }

    fn unknown(&mut self, what: String) {
        self.launch.unknowns.push(what);
    }

    /// What `path` is: an entry (a file inside a coarse folder stands for
    /// itself), unknown, or why it is not there.
    fn locate(&self, path: &str) -> Found<'static> {
        match self.image.files.locate(path) {
            Ok(Some(entry)) => Found::Entry(path.to_string(), inner_file(entry, path)),
            Ok(None) => Found::Unknown(path.to_string()),
            Err(Missing::Spread { holder, name }) => Found::Missing(StartProblem::Spread {
                path: path.to_string(),
                holder: holder.path.clone(),
                name,
            }),
            Err(Missing::NotListed { holder }) => Found::Missing(StartProblem::NotListed {
                path: path.to_string(),
                holder: holder.path.clone(),
                contents: holder.contents.clone(),
            }),
            // Not listed: absent for sure, or a known tool the image lacks
            // (`/bin/bash` on Alpine), or unknown.
            Err(Missing::Absent) => match super::run::find_program(self.image, path, "", "/") {
                Presence::No => Found::Missing(StartProblem::NotFound {
                    program: path.to_string(),
                    path: path.to_string(),
                    on_path: false,
                }),
                _ => Found::Unknown(path.to_string()),
            },
        }
    }

    /// A program as runc finds it: a path, or the first match on `PATH`.
    fn find(&self, program: &str, cwd: &str, env: &[(String, String)]) -> Found<'static> {
        if program.contains('/') {
            return self.locate(&fs::resolve(cwd, program));
        }
        let path = var(env, "PATH").unwrap_or(DEFAULT_PATH);
        for dir in path.split(':').filter(|dir| !dir.is_empty()) {
            let candidate = fs::resolve(dir, program);
            if let Ok(Some(entry)) = self.image.files.locate(&candidate)
                && holds_program(entry, &candidate, program)
            {
                return Found::Entry(candidate.clone(), inner_file(entry, &candidate));
            }
        }
        match super::run::find_program(self.image, program, path, cwd) {
            Presence::No => Found::Missing(StartProblem::NotFound {
                program: program.to_string(),
                path: path.to_string(),
                on_path: true,
            }),
            _ => Found::Unknown(program.to_string()),
        }
    }

    /// Runs `argv` in `cwd`, then follows what it runs.
    fn exec(&mut self, argv: Vec<String>, cwd: String, env: Vec<(String, String)>, hops: usize) {
        let Some(program) = argv.first().cloned() else {
            return;
        };
        if hops > MAX_HOPS {
            return self.unknown(argv.join(" "));
        }
        self.launch.chain.push(argv.clone());
        let (path, entry) = match self.find(&program, &cwd, &env) {
            Found::Entry(path, entry) => (path, entry.into_owned()),
            Found::Unknown(what) => return self.unknown(what),
            Found::Missing(problem) => {
                // Distroless starts node itself: `CMD ["node", …]` hands `node` to it.
                return self.problem(problem);
            }
        };
        let name = path.rsplit('/').next().unwrap_or("").to_string();
        if entry.dir {
            return self.problem(StartProblem::NotExecutable { path });
        }
        if let Some(who) = self.who
            && !entry.runnable_by(who)
        {
            return self.problem(StartProblem::NotExecutable { path });
        }
        match &entry.executable {
            Executable::No => return self.problem(StartProblem::ExecFormat { path }),
            Executable::Unknown => {}
            Executable::Elf(libc) => {
                if let Some(built_for) = &entry.abi.arch
                    && *built_for != self.image.platform.arch
                {
                    return self.problem(StartProblem::WrongArchitecture {
                        path,
                        built_for: built_for.clone(),
                        runs_on: self.image.platform.arch.clone(),
                    });
                }
                if let Some(needs) = libc
                    && self.image.libc() != Some(*needs)
                    && self.image.base.is_known()
                {
                    return self.problem(StartProblem::MissingLibc {
                        path,
                        needs: *needs,
                    });
                }
                if entry.has(&Tag::Node)
                    && !self.image.has(&Tag::Libstdcxx)
                    && self.image.base.is_known()
                {
                    return self.problem(StartProblem::MissingLibstdcxx { path });
                }
            }
            Executable::Script(interpreter) => {
                let mut words = interpreter.split_whitespace();
                let first = words.next().unwrap_or("");
                let wanted = if first.ends_with("/env") {
                    words.next().unwrap_or("").to_string()
                } else {
                    first.to_string()
                };
                for needed in [first.to_string(), wanted] {
                    if let Found::Missing(_) = self.find(&needed, &cwd, &env) {
                        return self.problem(StartProblem::BadInterpreter {
                            path,
                            interpreter: interpreter.clone(),
                        });
                    }
                }
            }
        }
        let args: Vec<String> = argv[1..].to_vec();
        self.program(&name, &path, &entry, args, cwd, env, hops);
    }

    /// What a program known by its name does with its arguments.
    #[allow(clippy::too_many_arguments)]
    fn program(
        &mut self,
        name: &str,
        path: &str,
        entry: &Entry,
        args: Vec<String>,
        cwd: String,
        env: Vec<(String, String)>,
        hops: usize,
    ) {
        let shown = std::iter::once(name.to_string())
            .chain(args.iter().cloned())
            .collect::<Vec<_>>()
            .join(" ");
        let interactive = |this: &mut Runner<'_>| {
            let inherited = this.inherited;
            this.problem(StartProblem::ExitsAtOnce {
                argv: shown.clone(),
                inherited,
            });
        };
        match name {
            "docker-entrypoint.sh" if entry.has(&Tag::Node) => {
                // nodejs/docker-node docker-entrypoint.sh: node goes first when the
                // first argument is an option, no command, or a non-executable file.
                let Some(first) = args.first() else {
                    return;
                };
                let who = self.who.unwrap_or(Identity::ROOT);
                let as_command = match self.find(first, &cwd, &env) {
                    Found::Entry(_, found) => found.dir || found.runnable_by(who),
                    Found::Unknown(_) => true,
                    Found::Missing(_) => false,
                };
                let argv = if first.starts_with('-') || !as_command {
                    std::iter::once("node".to_string()).chain(args).collect()
                } else {
                    args
                };
                self.exec(argv, cwd, env, hops + 1);
            }
            "docker-php-entrypoint" => {
                // docker-library/php: an option first gets the image's own server.
                let server = if self.image.presence("/usr/local/sbin/php-fpm") == Presence::Yes {
                    "php-fpm"
                } else if self.image.presence("/usr/local/bin/apache2-foreground") == Presence::Yes
                {
                    "apache2-foreground"
                } else {
                    "php"
                };
                let argv = match args.first() {
                    Some(first) if first.starts_with('-') => {
                        std::iter::once(server.to_string()).chain(args).collect()
                    }
                    Some(_) => args,
                    None => return,
                };
                self.exec(argv, cwd, env, hops + 1);
            }
            // Wrappers that run their arguments: tini, dumb-init, and the base
            // images' own entrypoints that end with `exec "$@"`.
            "tini" | "tini-static" | "dumb-init" => self.wrapper(&shown, args, cwd, env, hops),
            "docker-entrypoint.sh" | "__cacert_entrypoint.sh" if entry.has(&Tag::BaseImage) => {
                self.wrapper(&shown, args, cwd, env, hops)
            }
            "sh" | "bash" | "dash" | "ash" => self.shell(name, path, args, cwd, env, hops),
            _ if name == "node" || name == "nodejs" => self.node(args, cwd),
            _ if name.starts_with("python") => self.python(path, args, cwd),
            "php" => self.php(args, cwd),
            "php-fpm" | "apache2-foreground" | "apache2" | "httpd" => {
                if args.iter().any(|arg| arg == "-D" || arg == "--daemonize") {
                    return self.problem(StartProblem::Daemonizes {
                        command: format!("{name} {}", args.join(" ")),
                    });
                }
                self.launch.app = Some(App::PhpServer);
            }
            "apache2ctl" | "apachectl" => {
                if args.iter().any(|arg| arg == "start") {
                    self.problem(StartProblem::Daemonizes {
                        command: format!("{name} {}", args.join(" ")),
                    });
                } else {
                    self.unknown(format!("{name} {}", args.join(" ")));
                }
            }
            "npm" | "yarn" | "pnpm" => self.npm(name, args, cwd, env, hops),
            "npx" => self.unknown(format!("npx {}", args.join(" "))),
            "composer" if args.is_empty() => interactive(self),
            _ if entry.has(&Tag::Binary) => {
                self.launch.app = Some(App::Binary {
                    path: path.to_string(),
                });
            }
            // A script: the kernel runs its interpreter with the script's path.
            _ if let Executable::Script(interpreter) = &entry.executable => {
                let argv: Vec<String> = interpreter
                    .split_whitespace()
                    .map(str::to_string)
                    .chain(std::iter::once(path.to_string()))
                    .chain(args)
                    .collect();
                let argv = match argv.first().map(String::as_str) {
                    Some(env_program) if env_program.ends_with("/env") => argv[1..].to_vec(),
                    _ => argv,
                };
                self.exec(argv, cwd, env, hops + 1);
            }
            _ => self.unknown(
                std::iter::once(name.to_string())
                    .chain(args)
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
        }
    }

    /// `tini -- cmd…`: its options skipped, the command after it runs.
    fn wrapper(
        &mut self,
        shown: &str,
        args: Vec<String>,
        cwd: String,
        env: Vec<(String, String)>,
        hops: usize,
    ) {
        let mut rest = args
            .into_iter()
            .skip_while(|arg| arg.starts_with('-') && arg != "--");
        let rest: Vec<String> = match rest.next() {
            Some(word) if word == "--" => rest.collect(),
            Some(word) => std::iter::once(word).chain(rest).collect(),
            None => Vec::new(),
        };
        if rest.is_empty() {
            let inherited = self.inherited;
            return self.problem(StartProblem::ExitsAtOnce {
                argv: shown.to_string(),
                inherited,
            });
        }
        self.exec(rest, cwd, env, hops + 1);
    }

    /// `sh -c "script" [name args…]` or `sh FILE args…`: the script's
    /// commands run in turn, the last one is what stays (`cd /app && node
    /// dist/index.js`, `exec node …`, `exec "$@"`).
    fn shell(
        &mut self,
        name: &str,
        path: &str,
        args: Vec<String>,
        cwd: String,
        mut env: Vec<(String, String)>,
        hops: usize,
    ) {
        let options = args.iter().take_while(|arg| arg.starts_with('-')).count();
        let inline = args[..options].iter().any(|arg| arg.contains('c'));
        let (text, positional) = if inline {
            let Some(text) = args.get(options) else {
                return;
            };
            // After the script: $0, then $1…
            (
                text.clone(),
                args.iter().skip(options + 2).cloned().collect::<Vec<_>>(),
            )
        } else if let Some(file) = args.get(options) {
            let script = fs::resolve(&cwd, file);
            match self.image.files.locate(&script) {
                Ok(Some(entry)) if entry.path == script && entry.text.is_some() => (
                    entry.text.clone().unwrap_or_default(),
                    args.iter().skip(options + 1).cloned().collect(),
                ),
                Err(_) if self.image.presence(&script) == Presence::No => {
                    return self.problem(StartProblem::NotFound {
                        program: file.clone(),
                        path: script,
                        on_path: false,
                    });
                }
                _ => return self.unknown(format!("{name} {file}")),
            }
        } else {
            let argv = std::iter::once(name.to_string())
                .chain(args)
                .collect::<Vec<_>>()
                .join(" ");
            let inherited = self.inherited;
            return self.problem(StartProblem::ExitsAtOnce { argv, inherited });
        };
        let sh = if self.image.base.is_known() {
            self.image.sh()
        } else {
            Some(ShellKind::Bash)
        };
        let kind = ShellKind::of_program(path, sh).unwrap_or(ShellKind::Bash);
        let parsed = script::parse(&text, kind);
        if let Some(bashism) = parsed.refused {
            return self.problem(StartProblem::NotInShell {
                construct: bashism.construct(),
                shell: kind.name(),
            });
        }
        // The commands of the script, in order; `cd` and assignments carry over.
        let mut cwd = cwd;
        let mut simple: Vec<Vec<String>> = Vec::new();
        for item in &parsed.list.items {
            let pipelines = std::iter::once(&item.first).chain(
                item.rest
                    .iter()
                    .filter(|(connector, _)| *connector == Connector::And)
                    .map(|(_, pipeline)| pipeline),
            );
            for pipeline in pipelines {
                match pipeline.commands.last() {
                    Some(Command::Simple {
                        assignments, words, ..
                    }) => {
                        for (key, value) in assignments {
                            let value =
                                value.expand(&|name: &str| var(&env, name).map(str::to_string));
                            env.push((key.clone(), value));
                        }
                        let lookup = |name: &str| var(&env, name).map(str::to_string);
                        let mut expanded = Vec::new();
                        for word in words {
                            // "$@": the script's arguments, one word each.
                            if word.text() == "$@" {
                                expanded.extend(positional.iter().cloned());
                            } else {
                                expanded.push(word.expand(&lookup));
                            }
                        }
                        simple.push(expanded);
                    }
                    Some(Command::Refused(bashism)) => {
                        return self.problem(StartProblem::NotInShell {
                            construct: bashism.construct(),
                            shell: kind.name(),
                        });
                    }
                    Some(_) | None => {}
                }
            }
        }
        let Some(last) = simple.pop() else {
            return;
        };
        for words in simple {
            match words.first().map(String::as_str) {
                Some("cd") => {
                    if let Some(dir) = words.get(1) {
                        cwd = fs::resolve(&cwd, dir);
                    }
                }
                Some("export") => {
                    for pair in &words[1..] {
                        if let Some((key, value)) = pair.split_once('=') {
                            env.push((key.to_string(), value.to_string()));
                        }
                    }
                }
                Some("set" | "echo" | "printf" | "true" | ":" | "umask" | "trap") | None => {}
                Some(_) => self.unknown(words.join(" ")),
            }
        }
        let mut last = last;
        if last.first().is_some_and(|word| word == "exec") {
            last.remove(0);
        }
        if last.is_empty() {
            return;
        }
        self.exec(last, cwd, env, hops + 1);
    }

    /// `node [options] SCRIPT`: the script as Node.js resolves it.
    fn node(&mut self, args: Vec<String>, cwd: String) {
        const WITH_VALUE: [&str; 6] = [
            "-r",
            "--require",
            "--import",
            "--loader",
            "--experimental-loader",
            "--env-file",
        ];
        const NO_SCRIPT: [&str; 6] = ["-e", "--eval", "-p", "--print", "-v", "--version"];
        let mut words = args.iter();
        let mut script = None;
        while let Some(word) = words.next() {
            if NO_SCRIPT.contains(&word.as_str()) {
                return self.unknown(format!("node {}", args.join(" ")));
            }
            if WITH_VALUE.contains(&word.as_str()) {
                words.next();
                continue;
            }
            if !word.starts_with('-') {
                script = Some(word.clone());
                break;
            }
        }
        let Some(script) = script else {
            let argv = std::iter::once("node".to_string())
                .chain(args)
                .collect::<Vec<_>>()
                .join(" ");
            let inherited = self.inherited;
            return self.problem(StartProblem::ExitsAtOnce { argv, inherited });
        };
        // distroless's ENTRYPOINT already is node: a CMD that names node again.
        if script == "node" || script.ends_with("/node") || script == "nodejs" {
            let rest: Vec<String> = args
                .iter()
                .skip_while(|word| **word != script)
                .skip(1)
                .map(|word| format!("\"{word}\""))
                .collect();
            return self.problem(StartProblem::InterpreterTwice {
                interpreter: "node".into(),
                suggestion: format!("CMD [{}]", rest.join(", ")),
            });
        }
        let package_main = self.scenario.node.as_ref().and_then(|node| {
            Some(format!(
                "{}/{}",
                node.build_output.as_deref()?,
                node.main.as_deref()?
            ))
        });
        match node_resolve(self.image, &cwd, &script, package_main.as_deref()) {
            Ok(resolved) => {
                self.launch.app = Some(App::Node { script: resolved });
            }
            Err(NodeMissing::Unknown) => self.unknown(format!("node {script}")),
            Err(NodeMissing::Problem(problem)) => self.problem(problem),
            Err(NodeMissing::Nothing(resolved)) => self.problem(StartProblem::ScriptNotFound {
                interpreter: "node".into(),
                script,
                resolved,
            }),
        }
    }

    /// `python [options] SCRIPT` or `python -m MODULE`.
    fn python(&mut self, path: &str, args: Vec<String>, cwd: String) {
        let mut words = args.iter();
        let mut script = None;
        while let Some(word) = words.next() {
            match word.as_str() {
                "-m" => {
                    let module = words.next().cloned();
                    self.launch.app = Some(App::Python {
                        program: path.to_string(),
                        script: None,
                    });
                    if let Some(module) = module {
                        self.unknown(format!("python -m {module}"));
                    }
                    return;
                }
                "-c" => return self.unknown(format!("python {}", args.join(" "))),
                "-W" | "-X" => {
                    words.next();
                }
                word if word.starts_with('-') => {}
                word => {
                    script = Some(word.to_string());
                    break;
                }
            }
        }
        let Some(script) = script else {
            let argv = std::iter::once(path.rsplit('/').next().unwrap_or("python").to_string())
                .chain(args)
                .collect::<Vec<_>>()
                .join(" ");
            let inherited = self.inherited;
            return self.problem(StartProblem::ExitsAtOnce { argv, inherited });
        };
        if script.starts_with("python") {
            return self.problem(StartProblem::InterpreterTwice {
                interpreter: script.clone(),
                suggestion: "CMD [\"app.py\"]".into(),
            });
        }
        let resolved = fs::resolve(&cwd, &script);
        match self.locate(&resolved) {
            Found::Entry(..) | Found::Unknown(_) => {
                self.launch.app = Some(App::Python {
                    program: path.to_string(),
                    script: Some(resolved),
                });
            }
            Found::Missing(StartProblem::NotFound { .. }) => {
                self.problem(StartProblem::ScriptNotFound {
                    interpreter: "python".into(),
                    script,
                    resolved,
                })
            }
            Found::Missing(problem) => self.problem(problem),
        }
    }

    /// `php -S host:port -t DIR`, `php -a`, `php script.php`.
    fn php(&mut self, args: Vec<String>, cwd: String) {
        if args.is_empty() || args.iter().any(|arg| arg == "-a") {
            let argv = std::iter::once("php".to_string())
                .chain(args)
                .collect::<Vec<_>>()
                .join(" ");
            let inherited = self.inherited;
            return self.problem(StartProblem::ExitsAtOnce { argv, inherited });
        }
        if args.iter().any(|arg| arg == "-S") {
            let root = args
                .iter()
                .position(|arg| arg == "-t")
                .and_then(|at| args.get(at + 1))
                .map_or_else(|| cwd.clone(), |dir| fs::resolve(&cwd, dir));
            self.launch.app = Some(App::PhpBuiltin { root });
            return;
        }
        self.unknown(format!("php {}", args.join(" ")));
    }

    /// `npm start`, `npm run NAME`: the script of the nearest `package.json`,
    /// run by `sh -c` with `node_modules/.bin` on the `PATH`.
    fn npm(
        &mut self,
        tool: &str,
        args: Vec<String>,
        cwd: String,
        mut env: Vec<(String, String)>,
        hops: usize,
    ) {
        let words: Vec<&str> = args
            .iter()
            .map(String::as_str)
            .filter(|a| !a.starts_with('-'))
            .collect();
        let name = match words.as_slice() {
            ["start"] => "start",
            ["test" | "t"] => "test",
            ["run" | "run-script", name, ..] => name,
            [name] if tool != "npm" => name,
            _ => return self.unknown(format!("{tool} {}", args.join(" "))),
        };
        let command = format!("{tool} {}", args.join(" "));
        let project = std::iter::successors(Some(cwd.clone()), |dir| {
            (dir != "/").then(|| fs::resolve(dir, ".."))
        })
        .find(|dir| self.image.files.exists(&fs::resolve(dir, "package.json")));
        let Some(project) = project else {
            return self.problem(StartProblem::NoPackageJson { command, dir: cwd });
        };
        let Some(node) = &self.scenario.node else {
            return self.unknown(command);
        };
        let Some(script) = node.script(name) else {
            return self.problem(StartProblem::NoScript {
                command,
                name: name.to_string(),
            });
        };
        self.launch.scripts.push(name.to_string());
        let bin = fs::resolve(&project, "node_modules/.bin");
        let path = var(&env, "PATH").unwrap_or(DEFAULT_PATH).to_string();
        env.push(("PATH".into(), format!("{bin}:{path}")));
        // Tools of node_modules/.bin (tsx, tsc, jest): there when the dev
        // dependencies are installed.
        let tool_name = script.split_whitespace().next().unwrap_or("");
        if matches!(
            tool_name,
            "tsx" | "ts-node" | "ts-node-dev" | "nodemon" | "tsc" | "jest"
        ) {
            let modules = self
                .image
                .files
                .find(&fs::resolve(&project, "node_modules"));
            if !modules.is_some_and(|entry| entry.has(&Tag::DevDependencies)) {
                return self.problem(StartProblem::NotFound {
                    program: tool_name.to_string(),
                    path: bin,
                    on_path: true,
                });
            }
            let inputs = node.build_inputs.clone();
            for input in inputs {
                let expected = fs::resolve(&project, &input);
                if !self.image.files.holds_unspread(&expected) {
                    return self.problem(StartProblem::MissingBeside {
                        what: input,
                        expected,
                    });
                }
            }
            self.launch.chain.push(vec![script.clone()]);
            return;
        }
        self.exec(
            vec!["/bin/sh".into(), "-c".into(), script],
            project,
            env,
            hops + 1,
        );
    }
}

/// Whether a PATH folder's entry holds this program: the entry itself, or
/// a folder known to hold programs in its `bin/` — a venv has python and
/// its packages' scripts, installed packages (`~/.local`) their scripts.
fn holds_program(entry: &Entry, candidate: &str, program: &str) -> bool {
    if entry.path == candidate {
        return true;
    }
    let inside = candidate[entry.path.len()..].trim_start_matches('/');
    if !inside.starts_with("bin/") {
        return false;
    }
    entry.has(&Tag::Venv) || (entry.has(&Tag::PythonPackages) && !program.starts_with("python"))
}

/// The file at `path` inside `entry`: the entry itself, or a file of a
/// coarse folder, which has the folder's owner and tags; programs of its
/// `bin/` are executable, other files are data (mode 0644).
fn inner_file(entry: &Entry, path: &str) -> std::borrow::Cow<'static, Entry> {
    if entry.path == path {
        return std::borrow::Cow::Owned(entry.clone());
    }
    let inside = path[entry.path.len().min(path.len())..].trim_start_matches('/');
    let mut file = entry.clone();
    file.path = path.to_string();
    file.dir = false;
    file.contents.clear();
    if inside.starts_with("bin/") || inside.starts_with(".bin/") {
        file.mode = 0o755;
        file.executable = Executable::Unknown;
    } else {
        file.mode &= 0o666;
        file.executable = Executable::No;
    }
    std::borrow::Cow::Owned(file)
}

/// Why Node.js would not load a script.
enum NodeMissing {
    Unknown,
    Problem(StartProblem),
    /// Nothing there: `Cannot find module '/app/dist/index.js'`.
    Nothing(String),
}

/// A script as Node.js's CommonJS loader finds it: the file, with `.js`,
/// `.cjs`, `.mjs` or `.json` added, or a folder's `package.json` `main` or
/// `index.js`.
fn node_resolve(
    image: &StageImage,
    cwd: &str,
    script: &str,
    package_main: Option<&str>,
) -> Result<String, NodeMissing> {
    let base = fs::resolve(cwd, script);
    let file = |path: &str| -> Result<Option<String>, NodeMissing> {
        match image.files.locate(path) {
            Ok(Some(entry)) if !entry.dir || entry.path != path => Ok(Some(path.to_string())),
            Ok(Some(_)) | Ok(None) => Ok(None),
            Err(Missing::Absent) => match image.presence(path) {
                Presence::No => Ok(None),
                _ => Err(NodeMissing::Unknown),
            },
            Err(Missing::Spread { holder, name }) => {
                Err(NodeMissing::Problem(StartProblem::Spread {
                    path: path.to_string(),
                    holder: holder.path.clone(),
                    name,
                }))
            }
            Err(Missing::NotListed { .. }) => Ok(None),
        }
    };
    for candidate in [
        base.clone(),
        format!("{base}.js"),
        format!("{base}.cjs"),
        format!("{base}.mjs"),
        format!("{base}.json"),
    ] {
        if let Some(found) = file(&candidate)? {
            return Ok(found);
        }
    }
    // A folder: the `main` of its package.json (the project's, when it is
    // the project's manifest), else its index.js.
    let is_folder = image.files.exists(&base);
    if is_folder {
        let manifest = image.files.find(&fs::resolve(&base, "package.json"));
        if let (Some(main), Some(_)) = (package_main, manifest.filter(|m| m.has(&Tag::Manifest))) {
            let main = fs::resolve(&base, main);
            for candidate in [
                main.clone(),
                format!("{main}.js"),
                fs::resolve(&main, "index.js"),
            ] {
                if let Some(found) = file(&candidate)? {
                    return Ok(found);
                }
            }
        }
        if let Some(found) = file(&fs::resolve(&base, "index.js"))? {
            return Ok(found);
        }
    }
    let spread = match image.files.locate(&base) {
        Err(Missing::Spread { holder, name }) => Some(StartProblem::Spread {
            path: base.clone(),
            holder: holder.path.clone(),
            name,
        }),
        _ => None,
    };
    match spread {
        Some(problem) => Err(NodeMissing::Problem(problem)),
        None => Err(NodeMissing::Nothing(base)),
    }
}

#[cfg(test)]
mod tests;
