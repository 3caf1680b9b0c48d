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

use super::accounts::{AccountError, Identity};
use super::fs::{self, Entry, Executable, Libc, Missing};
use super::image::{Presence, StageImage};
use super::images::DEFAULT_PATH;
use super::python_version;
use super::scenario::{RuntimeNeed, Scenario};
use super::script::{self, Command, Connector, ShellKind};
use super::tag::Tag;
use crate::i18n::Lang;

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

/// Why a container does not start, or its application breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartProblem {
    /// Neither `ENTRYPOINT` nor `CMD`.
    NothingToRun,
    /// The image is no valid reference (`node:-slim`): there is no image.
    NoImage {
        reference: String,
    },
    /// A `CMD`/`ENTRYPOINT` meant as JSON but not valid JSON: Docker runs
    /// it in shell form, and the shell looks for a program named `["node",`.
    InvalidJson {
        keyword: &'static str,
        line: usize,
    },
    /// The start is a program that stops at once without a terminal (`node`
    /// alone, `python3`, `bash`, `php -a`), as the base image's `CMD` leaves it.
    ExitsAtOnce {
        argv: String,
        inherited: bool,
    },
    /// A server sent to the background: the container's process ends.
    Daemonizes {
        command: String,
    },
    UserNotFound {
        error: AccountError,
    },
    /// The program is not where it is looked for.
    NotFound {
        program: String,
        path: String,
        on_path: bool,
    },
    /// A folder's contents were copied in its place (`COPY dist ./`).
    Spread {
        path: String,
        holder: String,
        name: String,
    },
    NotListed {
        path: String,
        holder: String,
        contents: Vec<String>,
    },
    /// No execute bit for the user (EACCES).
    NotExecutable {
        path: String,
    },
    /// Executable, but neither a binary nor a `#!` script.
    ExecFormat {
        path: String,
    },
    /// The `#!` interpreter is not in the image.
    BadInterpreter {
        path: String,
        interpreter: String,
    },
    /// A binary linked against a C library the image lacks.
    MissingLibc {
        path: String,
        needs: Libc,
    },
    MissingLibstdcxx {
        path: String,
    },
    /// A shell form, or `sh -c`, on an image without that shell.
    NoShell {
        shell: String,
    },
    NotInShell {
        construct: &'static str,
        shell: &'static str,
    },
    /// distroless's `ENTRYPOINT` already runs node: `CMD ["node", …]` runs `node node …`.
    InterpreterTwice {
        interpreter: String,
        suggestion: String,
    },
    /// The interpreter finds no such script (`Cannot find module`).
    ScriptNotFound {
        interpreter: String,
        script: String,
        resolved: String,
    },
    /// The start runs another file than the application.
    NotTheApp {
        started: String,
        app: String,
    },
    /// The main file was copied without the other compiled modules it loads.
    PartialBuild {
        copied: String,
        output: String,
    },
    /// `require("express")` finds no `node_modules` holding it.
    ModuleNotFound {
        modules: String,
        from: String,
    },
    /// `node_modules`' contents were copied flat.
    FlatModules {
        path: String,
    },
    /// npm finds no `package.json` there.
    NoPackageJson {
        command: String,
        dir: String,
    },
    NoScript {
        command: String,
        name: String,
    },
    /// Python packages built for another Python or C library.
    PythonMismatch {
        path: String,
        built: String,
        here: String,
    },
    LibcMismatch {
        path: String,
        built: Libc,
        here: Libc,
    },
    /// Python will not import the packages from where they are.
    PackagesNotImported {
        path: String,
        home: String,
        user_site: bool,
    },
    /// Something the application reads beside its entry point is not there.
    MissingBeside {
        what: String,
        expected: String,
    },
    /// The code a PHP server would run is not in the image.
    NoPhpEntry {
        entry: String,
    },
    /// `../vendor/autoload.php` from the entry point is missing.
    NoAutoload {
        expected: String,
        vendor_elsewhere: Option<String>,
    },
    /// The autoloader finds no class folder beside `vendor/`.
    AutoloadMissesCode {
        expected: String,
    },
    NoCaCertificates,
    /// The user cannot write a folder the application writes.
    NotWritable {
        path: String,
        user: String,
    },
    /// The user cannot read what the application needs.
    NotReadable {
        path: String,
        user: String,
    },
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
        needs(image, scenario, app.as_ref(), &mut launch);
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
            Err(Missing::Absent) => match self.image.presence(path) {
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
            "tini"
            | "tini-static"
            | "dumb-init"
            | "docker-entrypoint.sh"
            | "__cacert_entrypoint.sh" => {
                let mut rest = args
                    .into_iter()
                    .skip_while(|arg| arg.starts_with('-') && arg != "--");
                let rest: Vec<String> = match rest.next() {
                    Some(word) if word == "--" => rest.collect(),
                    Some(word) => std::iter::once(word).chain(rest).collect(),
                    None => Vec::new(),
                };
                if rest.is_empty() {
                    return interactive(self);
                }
                self.exec(rest, cwd, env, hops + 1);
            }
            "sh" | "bash" | "dash" | "ash" => self.shell(name, path, args, cwd, env, hops),
            _ if name == "node" || name == "nodejs" => self.node(args, cwd, hops),
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
                    Some(Command::Simple { assignments, words }) => {
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
    fn node(&mut self, args: Vec<String>, cwd: String, hops: usize) {
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
        let _ = hops;
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

/// What the application needs once it runs, as its scenario says.
fn needs(image: &StageImage, scenario: &Scenario, app: Option<&App>, launch: &mut Launch) {
    let who = match image.identity() {
        Some(Ok(resolved)) => Some(resolved),
        _ => None,
    };
    let user_name = image.config.user.clone().unwrap_or_else(|| "root".into());
    let Some(app) = app else {
        return;
    };
    match app {
        App::Node { script } => node_needs(
            image,
            scenario,
            script,
            launch,
            who.as_ref().map(|w| w.identity),
            &user_name,
        ),
        App::Python { program, script } => {
            python_needs(image, scenario, program, script.as_deref(), launch)
        }
        App::PhpServer | App::PhpBuiltin { .. } => php_needs(image, scenario, launch),
        App::Binary { .. } => {}
    }
    if !launch.problems.is_empty() {
        return;
    }
    let app_dir = match app {
        App::Node { script } => fs::resolve(script, ".."),
        App::Python {
            script: Some(script),
            ..
        } => fs::resolve(script, ".."),
        _ => image.config.workdir.clone(),
    };
    for need in &scenario.runtime_needs {
        match need {
            RuntimeNeed::CaCertificates => {
                if !has_certificates(image) {
                    launch.problems.push(StartProblem::NoCaCertificates);
                }
            }
            RuntimeNeed::Beside(what) => {
                let expected = fs::resolve(&app_dir, what);
                if !image.files.holds_unspread(&expected)
                    && image.presence(&expected) == Presence::No
                {
                    launch.problems.push(StartProblem::MissingBeside {
                        what: what.clone(),
                        expected,
                    });
                }
            }
            RuntimeNeed::Writable(what) => {
                let path = fs::resolve(&app_dir, what);
                if let Some(who) = who.as_ref().map(|w| w.identity) {
                    let writable = image
                        .files
                        .folder_at(&path)
                        .filter(|f| f.path == path)
                        .map_or_else(
                            || image.can_create(who, &path) == Presence::Yes,
                            |folder| folder.writable_by(who),
                        );
                    if !writable {
                        launch.problems.push(StartProblem::NotWritable {
                            path,
                            user: user_name.clone(),
                        });
                    }
                }
            }
            RuntimeNeed::Dependencies => {}
        }
    }
}

/// Where Go looks for CA certificates (crypto/x509/root_linux.go): these
/// bundles, then these folders; `SSL_CERT_FILE` and `SSL_CERT_DIR` replace
/// the lists. OpenSSL's default is the first of each.
const CERT_FILES: [&str; 6] = [
    "/etc/ssl/certs/ca-certificates.crt",
    "/etc/pki/tls/certs/ca-bundle.crt",
    "/etc/ssl/ca-bundle.pem",
    "/etc/pki/tls/cacert.pem",
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
    "/etc/ssl/cert.pem",
];
const CERT_DIRS: [&str; 2] = ["/etc/ssl/certs", "/etc/pki/tls/certs"];

fn has_certificates(image: &StageImage) -> bool {
    let files: Vec<&str> = match image.var("SSL_CERT_FILE") {
        Some(file) => vec![file],
        None => CERT_FILES.to_vec(),
    };
    let dirs: Vec<&str> = match image.var("SSL_CERT_DIR") {
        Some(dirs) => dirs.split(':').collect(),
        None => CERT_DIRS.to_vec(),
    };
    let certificates = |path: &str, folder: bool| match image.files.locate(path) {
        Ok(Some(entry)) => entry.has(&Tag::CaCertificates) && (!folder || entry.path == path),
        _ => false,
    };
    files.iter().any(|file| certificates(file, false))
        || dirs.iter().any(|dir| certificates(dir, true))
}

fn node_needs(
    image: &StageImage,
    scenario: &Scenario,
    script: &str,
    launch: &mut Launch,
    who: Option<Identity>,
    user: &str,
) {
    let Some(node) = &scenario.node else {
        return;
    };
    // The application is the build's main file; another script is not it.
    if let (Some(output), Some(main)) = (&node.build_output, &node.main) {
        let entry = image.files.find(script);
        let is_main = entry.is_some_and(|entry| {
            entry.has(&Tag::BuildOutput)
                && (entry.path == script
                    || script[entry.path.len()..].trim_start_matches('/') == main.as_str())
        });
        if entry.is_some_and(|entry| entry.has(&Tag::ImageFiles)) {
            // Files of an image the checker does not know.
            launch.unknowns.push(script.to_string());
            return;
        }
        if !is_main {
            launch.problems.push(StartProblem::NotTheApp {
                started: script.to_string(),
                app: format!("{output}/{main}"),
            });
            return;
        }
    }
    // The build writes several modules that load each other: the main file
    // copied alone is not the application.
    if let Some(entry) = image
        .files
        .find(script)
        .filter(|entry| entry.path == script && !entry.dir)
    {
        launch.problems.push(StartProblem::PartialBuild {
            copied: entry.path.clone(),
            output: node.build_output.clone().unwrap_or_default(),
        });
        return;
    }
    if let (Some(who), Some(entry)) = (who, image.files.find(script))
        && !entry.readable_by(who)
    {
        launch.problems.push(StartProblem::NotReadable {
            path: entry.path.clone(),
            user: user.to_string(),
        });
        return;
    }
    if !scenario.runtime_needs.contains(&RuntimeNeed::Dependencies) || node.dependencies.0 == 0 {
        return;
    }
    if let Some(flat) = image.files.entries.iter().find(|entry| {
        entry.has(&Tag::Dependencies) && entry.spread_from.as_deref() == Some("node_modules")
    }) {
        launch.problems.push(StartProblem::FlatModules {
            path: flat.path.clone(),
        });
        return;
    }
    // require() walks up from the script's folder, then NODE_PATH.
    let from = fs::resolve(script, "..");
    let mut folders: Vec<String> = std::iter::successors(Some(from.clone()), |dir| {
        (dir != "/").then(|| fs::resolve(dir, ".."))
    })
    .map(|dir| fs::resolve(&dir, "node_modules"))
    .collect();
    if let Some(extra) = image.var("NODE_PATH") {
        folders.extend(
            extra
                .split(':')
                .filter(|dir| !dir.is_empty())
                .map(str::to_string),
        );
    }
    let found = folders.iter().find_map(|folder| {
        image
            .files
            .find(folder)
            .filter(|entry| entry.path == *folder && entry.has(&Tag::Dependencies))
    });
    match found {
        Some(modules) => {
            if let Some(who) = who
                && !modules.readable_by(who)
            {
                launch.problems.push(StartProblem::NotReadable {
                    path: modules.path.clone(),
                    user: user.to_string(),
                });
            }
        }
        None => launch.problems.push(StartProblem::ModuleNotFound {
            modules: if node.modules.is_empty() {
                String::new()
            } else {
                node.modules.join(", ")
            },
            from,
        }),
    }
}

fn python_needs(
    image: &StageImage,
    scenario: &Scenario,
    program: &str,
    script: Option<&str>,
    launch: &mut Launch,
) {
    if let Some(problem) = incompatible(image) {
        launch.problems.push(problem);
        return;
    }
    if !scenario.runtime_needs.contains(&RuntimeNeed::Dependencies) {
        return;
    }
    if let Some(packages) = unimportable(image, program) {
        launch.problems.push(StartProblem::PackagesNotImported {
            path: packages.path.clone(),
            home: image.home(),
            user_site: packages.path.ends_with("/.local"),
        });
        return;
    }
    let has_packages = image
        .files
        .entries
        .iter()
        .any(|entry| entry.has(&Tag::PythonPackages));
    if !has_packages
        && scenario
            .python
            .as_ref()
            .is_some_and(|python| python.packages.0 > 0)
    {
        launch.problems.push(StartProblem::PackagesNotImported {
            path: String::new(),
            home: image.home(),
            user_site: false,
        });
    }
    if let (Some(script), Some(python)) = (script, &scenario.python)
        && let Some(app) = &python.app
        && script.rsplit('/').next() != Some(app.as_str())
    {
        launch.problems.push(StartProblem::NotTheApp {
            started: script.to_string(),
            app: app.clone(),
        });
    }
}

/// Python packages built for another Python or another libc than the image's.
fn incompatible(image: &StageImage) -> Option<StartProblem> {
    if !image.base.is_known() {
        return None;
    }
    let version = python_version(image);
    let here = image.libc();
    for entry in image
        .files
        .entries
        .iter()
        .filter(|entry| entry.has(&Tag::PythonPackages) || entry.has(&Tag::Venv))
    {
        if let (Some(built), Some(version)) = (&entry.abi.python, &version)
            && built != version
        {
            return Some(StartProblem::PythonMismatch {
                path: entry.path.clone(),
                built: built.clone(),
                here: version.clone(),
            });
        }
        if let (Some(built), Some(here)) = (entry.abi.libc, here)
            && built != here
        {
            return Some(StartProblem::LibcMismatch {
                path: entry.path.clone(),
                built,
                here,
            });
        }
    }
    None
}

/// Where Python would not find packages the image holds: a venv counts only
/// when its own python runs; `--prefix` folders need their `site-packages`
/// on `PYTHONPATH`; `~/.local` only for the user whose home it is.
fn unimportable<'a>(image: &'a StageImage, program: &str) -> Option<&'a Entry> {
    let python_path = image.var("PYTHONPATH").unwrap_or("");
    let importable = |entry: &Entry| {
        let at = entry.path.as_str();
        let on_python_path = |dir: &str| {
            if entry.has(&Tag::PrefixLayout) {
                fs::is_within(dir, &format!("{at}/lib"))
            } else {
                fs::is_within(dir, at)
            }
        };
        (entry.has(&Tag::Venv) && fs::is_within(program, &format!("{at}/bin")))
            || at == "/usr/local"
            || at == "/usr"
            || at.starts_with("/usr/local/lib/python")
            || at.starts_with("/usr/lib/python")
            || at == format!("{}/.local", image.home())
            || python_path
                .split(':')
                .any(|dir| !dir.is_empty() && on_python_path(dir))
    };
    let packages: Vec<&Entry> = image
        .files
        .entries
        .iter()
        .filter(|entry| entry.has(&Tag::PythonPackages))
        .collect();
    if packages.is_empty() || packages.iter().any(|entry| importable(entry)) {
        None
    } else {
        packages.first().copied()
    }
}

/// The front controller, `vendor/autoload.php` beside it as its `require`
/// says, and the classes Composer's autoloader maps beside `vendor/`.
fn php_needs(image: &StageImage, scenario: &Scenario, launch: &mut Launch) {
    let Some(php) = &scenario.php else {
        return;
    };
    let Some(entry_file) = &php.entry else {
        return;
    };
    let (folder, file) = entry_file.rsplit_once('/').unwrap_or((".", entry_file));
    // Where the context's `public/` landed.
    let landed = image.files.entries.iter().find(|entry| {
        entry.has(&Tag::File(folder.to_string())) || entry.has(&Tag::File(entry_file.clone()))
    });
    let Some(landed) = landed else {
        launch.problems.push(StartProblem::NoPhpEntry {
            entry: entry_file.clone(),
        });
        return;
    };
    let public = if landed.has(&Tag::File(entry_file.clone())) {
        fs::resolve(&landed.path, "..")
    } else {
        landed.path.clone()
    };
    let _ = file;
    if !scenario.runtime_needs.contains(&RuntimeNeed::Dependencies) {
        return;
    }
    let vendor = fs::resolve(&public, "../vendor");
    let autoload = fs::resolve(&vendor, "autoload.php");
    let vendor_entry = image
        .files
        .find(&vendor)
        .filter(|entry| entry.path == vendor && entry.has(&Tag::Dependencies));
    let has_autoload = vendor_entry.is_some_and(|entry| entry.has(&Tag::Autoloader));
    if !has_autoload {
        let elsewhere = image
            .files
            .entries
            .iter()
            .find(|entry| entry.has(&Tag::Dependencies) && entry.path != vendor)
            .map(|entry| entry.path.clone());
        launch.problems.push(StartProblem::NoAutoload {
            expected: autoload,
            vendor_elsewhere: elsewhere,
        });
        return;
    }
    let root = fs::resolve(&vendor, "..");
    if vendor_entry.is_some_and(|entry| entry.has(&Tag::ClassmapWithoutCode)) {
        let expected = php
            .autoload
            .first()
            .map_or_else(|| root.clone(), |dir| fs::resolve(&root, dir));
        launch
            .problems
            .push(StartProblem::AutoloadMissesCode { expected });
        return;
    }
    for mapped in &php.autoload {
        let expected = fs::resolve(&root, mapped);
        let present = image
            .files
            .find(&expected)
            .is_some_and(|entry| entry.has(&Tag::Sources))
            && image.files.holds_unspread(&expected);
        if !present {
            launch
                .problems
                .push(StartProblem::AutoloadMissesCode { expected });
            return;
        }
    }
}

impl StartProblem {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            StartProblem::NoImage { reference } => lang.pick(
                format!("`{reference}` n’est pas une image\u{a0}: le build s’arrête avant, il n’y a rien à démarrer."),
                format!("`{reference}` is no image: the build stops before, there is nothing to start."),
            ),
            StartProblem::InvalidJson { keyword, line } => lang.pick(
                format!("Ligne {line}\u{a0}: ce `{keyword}` n’est pas du JSON valide (guillemets droits `\"`, virgules, crochet fermant), Docker l’exécute donc en forme shell et le shell cherche un programme nommé `[…`."),
                format!("Line {line}: this `{keyword}` is not valid JSON (straight quotes `\"`, commas, closing bracket), so Docker runs it in shell form and the shell looks for a program named `[…`."),
            ),
            StartProblem::NothingToRun => lang.pick(
                "L’image ne dit pas quoi lancer (ni `ENTRYPOINT` ni `CMD`)\u{a0}: `docker run` refuse de démarrer («\u{a0}no command specified\u{a0}»).".into(),
                "The image does not say what to run (neither `ENTRYPOINT` nor `CMD`): `docker run` refuses to start (“no command specified”).".into(),
            ),
            StartProblem::ExitsAtOnce { argv, inherited: true } => lang.pick(
                format!("L’image lance `{argv}`, hérité de son image de base\u{a0}: sans terminal, ce programme s’arrête aussitôt et l’application ne démarre pas. Ajoutez un `CMD` qui la lance."),
                format!("The image runs `{argv}`, inherited from its base image: without a terminal this program stops at once, and the application does not start. Add a `CMD` that starts it."),
            ),
            StartProblem::ExitsAtOnce { argv, inherited: false } => lang.pick(
                format!("Le conteneur lance `{argv}`, qui s’arrête aussitôt sans terminal\u{a0}: l’application ne démarre pas."),
                format!("The container runs `{argv}`, which stops at once without a terminal: the application does not start."),
            ),
            StartProblem::Daemonizes { command } => lang.pick(
                format!("`{command}` passe le serveur en arrière-plan et rend la main\u{a0}: le processus du conteneur se termine, et le conteneur avec. Lancez-le au premier plan."),
                format!("`{command}` sends the server to the background and returns: the container’s process ends, and the container with it. Run it in the foreground."),
            ),
            StartProblem::UserNotFound { error } => {
                let what = match error {
                    AccountError::NoUser(name) => name.clone(),
                    AccountError::NoGroup(name) => name.clone(),
                };
                lang.pick(
                    format!("`USER {what}`\u{a0}: l’image finale n’a pas ce compte dans `/etc/passwd` (ou `/etc/group`), et le conteneur ne démarre pas («\u{a0}unable to find user {what}\u{a0}»). Créez-le, prenez un compte de l’image, ou un identifiant numérique."),
                    format!("`USER {what}`: the final image has no such account in `/etc/passwd` (or `/etc/group`), and the container does not start (“unable to find user {what}”). Create it, use one of the image’s accounts, or a numeric id."),
                )
            }
            StartProblem::NotFound { program, path, on_path: true } => lang.pick(
                format!("`{program}` n’est sur aucun dossier du PATH de l’image finale (`{path}`)\u{a0}: «\u{a0}executable file not found in $PATH\u{a0}»."),
                format!("`{program}` is in no folder of the final image’s PATH (`{path}`): “executable file not found in $PATH”."),
            ),
            StartProblem::NotFound { program, .. } => lang.pick(
                format!("`{program}` n’existe pas dans l’image finale («\u{a0}no such file or directory\u{a0}»)."),
                format!("`{program}` does not exist in the final image (“no such file or directory”)."),
            ),
            StartProblem::Spread { path, holder, name } => lang.pick(
                format!("`{path}` n’existe pas\u{a0}: le contenu de `{name}/` a été copié directement dans `{holder}`. Pour garder le dossier, donnez-le en destination (`… ./{name}`)."),
                format!("`{path}` does not exist: the contents of `{name}/` were copied straight into `{holder}`. To keep the folder, name it as the destination (`… ./{name}`)."),
            ),
            StartProblem::NotListed { path, holder, contents } => {
                let list = contents.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", ");
                lang.pick(
                    format!("`{path}` n’existe pas\u{a0}: `{holder}` contient {list}."),
                    format!("`{path}` does not exist: `{holder}` holds {list}."),
                )
            }
            StartProblem::NotExecutable { path } => lang.pick(
                format!("`{path}` n’est pas exécutable («\u{a0}permission denied\u{a0}»)\u{a0}: lancez-le par son interpréteur (`node {path}`) plutôt que directement."),
                format!("`{path}` is not executable (“permission denied”): run it through its interpreter (`node {path}`) rather than directly."),
            ),
            StartProblem::ExecFormat { path } => lang.pick(
                format!("`{path}` n’est ni un binaire ni un script avec une ligne `#!`\u{a0}: «\u{a0}exec format error\u{a0}». Lancez-le par son interpréteur."),
                format!("`{path}` is neither a binary nor a script with a `#!` line: “exec format error”. Run it through its interpreter."),
            ),
            StartProblem::BadInterpreter { path, interpreter } => lang.pick(
                format!("`{path}` commence par `#!{interpreter}`, introuvable dans l’image finale («\u{a0}no such file or directory\u{a0}»)."),
                format!("`{path}` starts with `#!{interpreter}`, which the final image lacks (“no such file or directory”)."),
            ),
            StartProblem::MissingLibc { path, needs } => lang.pick(
                format!("`{path}` est lié dynamiquement à {}, absente de l’image finale\u{a0}: le noyau ne trouve pas son chargeur («\u{a0}no such file or directory\u{a0}»). Compilez statiquement (`CGO_ENABLED=0`) ou prenez une image de la même famille.", needs.name()),
                format!("`{path}` is dynamically linked against {}, which the final image lacks: the kernel finds no loader for it (“no such file or directory”). Build it statically (`CGO_ENABLED=0`) or use an image of the same family.", needs.name()),
            ),
            StartProblem::MissingLibstdcxx { path } => lang.pick(
                format!("`{path}` a besoin de libstdc++, absente de l’image finale («\u{a0}error while loading shared libraries\u{a0}»)\u{a0}: prenez une image qui la fournit (`distroless/cc`, `node:…-slim`)."),
                format!("`{path}` needs libstdc++, which the final image lacks (“error while loading shared libraries”): use an image that provides it (`distroless/cc`, `node:…-slim`)."),
            ),
            StartProblem::NoShell { shell } => lang.pick(
                format!("La commande de démarrage passe par `{shell}`, que l’image finale n’a pas\u{a0}: écrivez-la en JSON (`CMD [\"…\", \"…\"]`)."),
                format!("The start command goes through `{shell}`, which the final image lacks: write it in JSON (`CMD [\"…\", \"…\"]`)."),
            ),
            StartProblem::NotInShell { construct, shell } => lang.pick(
                format!("La commande de démarrage utilise `{construct}`, qui n’existe qu’en bash, et passe par `/bin/sh` ({shell})."),
                format!("The start command uses `{construct}`, which exists only in bash, and goes through `/bin/sh` ({shell})."),
            ),
            StartProblem::InterpreterTwice { interpreter, suggestion } => lang.pick(
                format!("L’`ENTRYPOINT` de l’image lance déjà `{interpreter}`\u{a0}: le `CMD` ne donne que ses arguments (`{suggestion}`), sinon `{interpreter}` cherche un script nommé `{interpreter}`."),
                format!("The image’s `ENTRYPOINT` already runs `{interpreter}`: the `CMD` gives only its arguments (`{suggestion}`), or `{interpreter}` looks for a script named `{interpreter}`."),
            ),
            StartProblem::ScriptNotFound { interpreter, script, resolved } => lang.pick(
                format!("`{interpreter} {script}`\u{a0}: `{resolved}` n’existe pas dans l’image finale («\u{a0}Cannot find module\u{a0}»)."),
                format!("`{interpreter} {script}`: `{resolved}` does not exist in the final image (“Cannot find module”)."),
            ),
            StartProblem::NotTheApp { started, app } => lang.pick(
                format!("Le conteneur lance `{started}`, pas l’application (`{app}`)."),
                format!("The container runs `{started}`, not the application (`{app}`)."),
            ),
            StartProblem::PartialBuild { copied, output } => lang.pick(
                format!("`{copied}` charge les autres modules compilés de `{output}/`, copiés sans lui\u{a0}: «\u{a0}Cannot find module\u{a0}». Copiez tout le dossier `{output}/`."),
                format!("`{copied}` loads the other compiled modules of `{output}/`, which were not copied with it: “Cannot find module”. Copy the whole `{output}/` folder."),
            ),
            StartProblem::ModuleNotFound { modules, from } => {
                let (fr, en) = if modules.is_empty() {
                    ("ses dépendances".to_string(), "its dependencies".to_string())
                } else {
                    (format!("`{modules}`"), format!("`{modules}`"))
                };
                lang.pick(
                    format!("L’application charge {fr}, mais aucun dossier `node_modules` ne les contient dans `{from}` ni au-dessus\u{a0}: «\u{a0}Cannot find module\u{a0}» au démarrage. Installez les dépendances de production à côté de l’application."),
                    format!("The application loads {en}, but no `node_modules` folder holds them in `{from}` or above: “Cannot find module” at start. Install the production dependencies beside the application."),
                )
            }
            StartProblem::FlatModules { path } => lang.pick(
                format!("Le contenu de `node_modules/` a été copié à plat dans `{path}`\u{a0}: Node.js cherche ses modules dans un dossier `node_modules`."),
                format!("The contents of `node_modules/` were copied flat into `{path}`: Node.js looks for modules in a `node_modules` folder."),
            ),
            StartProblem::NoPackageJson { command, dir } => lang.pick(
                format!("`{command}` lit `package.json` dans `{dir}` (ou au-dessus), absent de l’image finale."),
                format!("`{command}` reads `package.json` in `{dir}` (or above), which the final image lacks."),
            ),
            StartProblem::NoScript { command, name } => lang.pick(
                format!("`{command}`\u{a0}: `package.json` n’a pas de script «\u{a0}{name}\u{a0}»."),
                format!("`{command}`: `package.json` has no “{name}” script."),
            ),
            StartProblem::PythonMismatch { path, built, here } => lang.pick(
                format!("`{path}` a été préparé pour Python {built}, mais l’image finale a Python {here}\u{a0}: prenez la même version dans les deux stages."),
                format!("`{path}` was prepared for Python {built}, but the final image has Python {here}: use the same version in both stages."),
            ),
            StartProblem::LibcMismatch { path, built, here } => lang.pick(
                format!("Les paquets compilés de `{path}` visent {}, l’image finale a {}\u{a0}: compilez sur la même famille d’image que celle qui les exécute.", built.name(), here.name()),
                format!("The compiled packages of `{path}` target {}, the final image has {}: build on the same image family as the one that runs them.", built.name(), here.name()),
            ),
            StartProblem::PackagesNotImported { path, .. } if path.is_empty() => lang.pick(
                "L’image finale n’a pas les paquets Python de l’application\u{a0}: «\u{a0}ModuleNotFoundError\u{a0}» au démarrage.".into(),
                "The final image lacks the application’s Python packages: “ModuleNotFoundError” at start.".into(),
            ),
            StartProblem::PackagesNotImported { path, home, user_site: true } => lang.pick(
                format!("Les paquets sont dans `{path}`, mais l’application tourne avec HOME `{home}` (USER)\u{a0}: Python ne les cherchera pas là. Installez-les ailleurs (un venv) ou gardez le même utilisateur."),
                format!("The packages are in `{path}`, but the application runs with HOME `{home}` (USER): Python will not look there. Install them elsewhere (a venv) or keep the same user."),
            ),
            StartProblem::PackagesNotImported { path, .. } => lang.pick(
                format!("Python ne trouvera pas les paquets de `{path}`\u{a0}: mettez `{path}/bin` en tête du PATH (un venv), copiez-les dans `/usr/local`, ou ajoutez-les à PYTHONPATH."),
                format!("Python will not find the packages in `{path}`: put `{path}/bin` first on PATH (a venv), copy them to `/usr/local`, or add them to PYTHONPATH."),
            ),
            StartProblem::MissingBeside { what, expected } => lang.pick(
                format!("L’application a besoin de `{what}` à côté d’elle, en `{expected}`, absent de l’image."),
                format!("The application needs `{what}` beside it, at `{expected}`, which the image lacks."),
            ),
            StartProblem::NoPhpEntry { entry } => lang.pick(
                format!("Le code de l’application (`{entry}`) n’est pas dans l’image finale."),
                format!("The application’s code (`{entry}`) is not in the final image."),
            ),
            StartProblem::NoAutoload { expected, vendor_elsewhere: Some(found) } => lang.pick(
                format!("`public/index.php` charge `{expected}`, mais les dépendances sont dans `{found}`\u{a0}: placez `vendor/` à côté du code, là où l’autoloader de Composer est attendu."),
                format!("`public/index.php` loads `{expected}`, but the dependencies are in `{found}`: put `vendor/` beside the code, where Composer’s autoloader is expected."),
            ),
            StartProblem::NoAutoload { expected, vendor_elsewhere: None } => lang.pick(
                format!("`public/index.php` charge `{expected}`, absent de l’image finale\u{a0}: chaque requête échoue."),
                format!("`public/index.php` loads `{expected}`, which the final image lacks: every request fails."),
            ),
            StartProblem::AutoloadMissesCode { expected } => lang.pick(
                format!("L’autoloader de Composer cherche les classes de l’application dans `{expected}`, absent de l’image finale\u{a0}: «\u{a0}Class not found\u{a0}»."),
                format!("Composer’s autoloader looks for the application’s classes in `{expected}`, which the final image lacks: “Class not found”."),
            ),
            StartProblem::NoCaCertificates => lang.pick(
                "L’application appelle des services en HTTPS, mais l’image finale n’a pas de certificats CA\u{a0}: chaque appel échouera («\u{a0}x509: certificate signed by unknown authority\u{a0}».)".into(),
                "The application calls services over HTTPS, but the final image has no CA certificates: every call will fail (“x509: certificate signed by unknown authority”).".into(),
            ),
            StartProblem::NotWritable { path, user } => lang.pick(
                format!("L’application écrit dans `{path}`, mais elle tourne en tant que `{user}`, qui ne peut pas y écrire\u{a0}: donnez-lui ce dossier (`COPY --chown`, ou créez-le après `USER`)."),
                format!("The application writes to `{path}`, but it runs as `{user}`, who may not write there: give them that folder (`COPY --chown`, or create it after `USER`)."),
            ),
            StartProblem::NotReadable { path, user } => lang.pick(
                format!("`{path}` n’est pas lisible par `{user}`, l’utilisateur du conteneur («\u{a0}permission denied\u{a0}»)."),
                format!("`{path}` is not readable by `{user}`, the container’s user (“permission denied”)."),
            ),
        }
    }
}

#[cfg(test)]
mod tests;
