//! The command line. It reads arguments with clap (help in the interface
//! language), runs one command and turns its outcome into an exit code:
//! 0 for success, 1 when the checked file has problems, 2 for bad input.
//! Commands live one per module and only call the library.

mod check;
mod classroom;
mod completions;
mod exercises;
mod fiche;
mod graph;
mod lint;
mod parse;
mod tutorial;
mod usage_errors;

use std::ffi::OsString;
use std::io::IsTerminal;
use std::process::ExitCode;

use clap::{Arg, ArgAction, ArgMatches, Command};

use crate::content::{self, Lesson};
use crate::exercise::{self, Exercise};
use crate::graph::{BuildOptions, GraphError, Platform};
use crate::i18n::Lang;
use crate::input::{ReadError, Source, read_source};
use crate::progress::{LoadNote, Progress, Store};
use crate::safe_text::escape_controls;
use crate::theme::{Background, ColorMode, Theme};
use crate::workspace::{MARKER, StartingFile, Workspace, WorkspaceError};

/// What every command needs to know about how to speak.
#[derive(Clone, Copy)]
pub(crate) struct Output {
    pub lang: Lang,
    /// ANSI colours on standard output.
    pub colour: bool,
}

/// Exit code for input that cannot be used: unreadable, rejected, unknown.
pub const EXIT_BAD_INPUT: u8 = 2;

/// Runs the command line and returns the process exit code.
pub fn run() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = requested_lang(&args);
    let matches = match command(lang).try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(error) if error.use_stderr() => {
            // clap repeats the offending argument: escaped, so that an
            // argument holding escape sequences cannot act on the terminal.
            let text = usage_errors::describe(&error, lang);
            print_error(crate::safe_text::escape_controls_keep_lines(text.trim_end()).as_ref());
            return ExitCode::from(EXIT_BAD_INPUT);
        }
        // --help and --version.
        Err(error) => {
            let _ = error.print();
            return ExitCode::SUCCESS;
        }
    };
    let output = Output {
        lang,
        colour: wants_colour(&matches),
    };
    // A pack is read before any command, so that every one sees its
    // exercises: the one given, else the one the workspace here remembers.
    if let Some(dir) = matches.get_one::<String>("pack") {
        match crate::pack::load(std::path::Path::new(dir)) {
            Ok(pack) => crate::pack::activate(pack),
            Err(error) => {
                return report_bad_input(
                    &format!("--pack{}{}", lang.colon(), error.describe(lang)),
                    lang,
                );
            }
        }
    } else if let Some(dir) = std::env::current_dir()
        .ok()
        .and_then(|cwd| Workspace::around(&cwd))
        .and_then(|workspace| workspace.pack())
    {
        // The student did not ask for it and cannot fix it: say so, and
        // go on with the built-in exercises.
        match crate::pack::load(&dir) {
            Ok(pack) => crate::pack::activate(pack),
            Err(error) => print_error(&lang.pick(
                format!(
                    "multistage\u{a0}: le pack de cet espace de travail ne se charge pas ({})\u{a0}; seuls les exercices intégrés sont proposés.",
                    error.describe(lang)
                ),
                format!(
                    "multistage: this workspace’s pack cannot be loaded ({}); only the built-in exercises are offered.",
                    error.describe(lang)
                ),
            )),
        }
    }
    match matches.subcommand() {
        Some(("parse", sub)) => parse::run(sub, lang),
        Some(("pack", sub)) => classroom::pack(sub, output),
        Some(("report", sub)) => classroom::report(sub, output),
        Some(("progress", sub)) => classroom::progress(sub, output),
        Some(("graph", sub)) => graph::run(sub, output),
        Some(("lint", sub)) => lint::run(sub, output),
        Some(("fiche", sub)) => fiche::run(sub, output),
        Some(("check", sub)) => check::run(sub, output),
        Some(("list", sub)) => exercises::list(sub, output),
        Some(("exercise", sub)) => exercises::exercise(sub, output),
        Some(("hint", sub)) => exercises::hint(sub, output),
        Some(("solution", sub)) => exercises::solution(sub, output),
        Some(("reset", sub)) => exercises::reset(sub, output),
        Some(("init", sub)) => exercises::init(sub, output),
        Some(("completions", sub)) => completions::completions(sub, command(lang), output),
        Some(("man", sub)) => completions::man(sub, command(lang), output),
        Some(("lesson", sub)) => tutorial::run(
            &matches,
            tutorial::Opening::Lesson(sub.get_one::<String>("lesson").map(String::as_str)),
            lang,
        ),
        _ => tutorial::run(&matches, tutorial::Opening::Home, lang),
    }
}

/// The language asked for with `--lang`, else `MULTISTAGE_LANG`, else French.
/// Read before clap runs, so that clap's own help is already translated.
fn requested_lang(args: &[OsString]) -> Lang {
    let from_args = args.windows(2).rev().find_map(|pair| {
        let flag = pair[0].to_str()?;
        let value = pair[1].to_str()?;
        (flag == "--lang").then_some(value.to_string())
    });
    let inline = args
        .iter()
        .rev()
        .find_map(|arg| arg.to_str()?.strip_prefix("--lang=").map(str::to_string));
    let chosen = inline
        .or(from_args)
        .or_else(|| std::env::var("MULTISTAGE_LANG").ok());
    match chosen.as_deref().map(str::to_ascii_lowercase).as_deref() {
        Some("en") => Lang::En,
        _ => Lang::Fr,
    }
}

/// The whole command-line grammar, with its help in `lang`.
fn command(lang: Lang) -> Command {
    let template = lang.pick(
        "{about}\n\nUtilisation\u{a0}: {usage}\n\n{all-args}",
        "{about}\n\nUsage: {usage}\n\n{all-args}",
    );
    // clap's own "[possible values: …]" and "[default: …]" would be in
    // English: each argument's help lists its values in the interface language.
    // clap writes "{heading}:"; French wants a no-break space before the colon.
    let (options, arguments) = lang.pick(
        ("Options\u{a0}", "Arguments\u{a0}"),
        ("Options", "Arguments"),
    );
    let localize = |command: Command| {
        command.help_template(template).mut_args(|arg| {
            let heading = if arg.is_positional() {
                arguments
            } else {
                options
            };
            let arg = arg.help_heading(heading);
            if arg.get_action().takes_values() {
                arg.hide_possible_values(true).hide_default_value(true)
            } else {
                arg
            }
        })
    };
    let root = Command::new("multistage")
        .version(env!("CARGO_PKG_VERSION"))
        .about(lang.pick(
            "Apprendre les multi-stage builds Docker dans le terminal, avec un vérificateur de stages.",
            "Learn Docker multi-stage builds in the terminal, with a stage checker.",
        ))
        .subcommand_help_heading(lang.pick("Commandes\u{a0}", "Commands"))
        .subcommand_value_name(lang.pick("COMMANDE", "COMMAND"))
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .arg(
            Arg::new("lang")
                .long("lang")
                .global(true)
                .value_parser(["fr", "en"])
                .help(lang.pick(
                    "Langue de l’interface\u{a0}: fr ou en (aussi\u{a0}: MULTISTAGE_LANG)",
                    "Interface language: fr or en (also: MULTISTAGE_LANG)",
                )),
        )
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .global(true)
                .action(ArgAction::Help)
                .help(lang.pick("Affiche cette aide", "Print this help")),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(lang.pick("Affiche la version", "Print the version")),
        )
        .arg(
            Arg::new("color")
                .long("color")
                .global(true)
                .value_parser(["auto", "always", "never"])
                .default_value("auto")
                .hide_default_value(true)
                .help(lang.pick(
                    "Couleurs\u{a0}: auto (sur un terminal, sauf NO_COLOR), always, never",
                    "Colours: auto (on a terminal, unless NO_COLOR), always, never",
                )),
        )
        .subcommand(parse::command(lang))
        .subcommand(graph::command(lang))
        .subcommand(lint::command(lang))
        .arg(
            Arg::new("theme")
                .long("theme")
                .global(true)
                .value_parser(["dark", "light"])
                .help(lang.pick(
                    "Fond du terminal\u{a0}: dark ou light (sinon d’après COLORFGBG)",
                    "Terminal background: dark or light (otherwise from COLORFGBG)",
                )),
        )
        .subcommand(tutorial::command(lang))
        .subcommand(fiche::command(lang))
        .subcommand(check::command(lang))
        .subcommands(exercises::commands(lang))
        .subcommands(classroom::commands(lang))
        .subcommands(completions::commands(lang))
        .arg(
            Arg::new("pack")
                .long("pack")
                .global(true)
                .value_name(lang.pick("DOSSIER", "FOLDER"))
                .help(lang.pick(
                    "Ajoute les exercices et leçons d’un pack d’enseignant (voir multistage pack new)",
                    "Add the exercises and lessons of a teacher’s pack (see multistage pack new)",
                )),
        );
    // Two levels deep: `pack check` and `pack new` too.
    let localize_all = |command: Command| {
        localize(command)
            .subcommand_help_heading(lang.pick("Commandes\u{a0}", "Commands"))
            .subcommand_value_name(lang.pick("COMMANDE", "COMMAND"))
            .mut_subcommands(localize)
    };
    localize(root).mut_subcommands(localize_all)
}

/// Colours on a terminal unless `NO_COLOR` is set, or as `--color` says.
fn wants_colour(matches: &ArgMatches) -> bool {
    match matches.get_one::<String>("color").map(String::as_str) {
        Some("always") => true,
        Some("never") => false,
        _ => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty())
        }
    }
}

/// `--target`, `--build-arg` and `--platform`, shared by the commands that build a graph.
fn build_option_args(command: Command, lang: Lang) -> Command {
    command
        .arg(
            Arg::new("target")
                .long("target")
                .value_name("STAGE")
                .help(lang.pick(
                    "Le stage à construire (par défaut\u{a0}: le dernier)",
                    "The stage to build (default: the last one)",
                )),
        )
        .arg(
            Arg::new("build-arg")
                .long("build-arg")
                .value_name(lang.pick("NOM=VALEUR", "NAME=VALUE"))
                .action(ArgAction::Append)
                .help(lang.pick(
                    "Remplace la valeur par défaut d’un ARG, comme docker build",
                    "Override an ARG default, as docker build does",
                )),
        )
        .arg(
            Arg::new("platform")
                .long("platform")
                .value_name("OS/ARCH")
                .help(lang.pick(
                    "Plateforme cible (par défaut\u{a0}: linux/amd64)",
                    "Target platform (default: linux/amd64)",
                )),
        )
}

/// The build options given on the command line, or a message saying what is wrong.
fn build_options(matches: &ArgMatches, lang: Lang) -> Result<BuildOptions, String> {
    let mut options = BuildOptions {
        target: matches.get_one::<String>("target").cloned(),
        ..BuildOptions::default()
    };
    for assignment in matches
        .get_many::<String>("build-arg")
        .into_iter()
        .flatten()
    {
        let Some((name, value)) = assignment.split_once('=') else {
            return Err(format!(
                "--build-arg {}{}{}",
                escape_controls(assignment),
                lang.colon(),
                lang.pick("la forme attendue est NOM=VALEUR", "expected NAME=VALUE")
            ));
        };
        options
            .build_args
            .push((name.to_string(), value.to_string()));
    }
    if let Some(platform) = matches.get_one::<String>("platform") {
        options.platform = Platform::parse(platform).ok_or_else(|| {
            format!(
                "--platform {}{}{}",
                escape_controls(platform),
                lang.colon(),
                lang.pick(
                    "la forme attendue est os/arch (linux/arm64)",
                    "expected os/arch (linux/arm64)"
                )
            )
        })?;
    }
    Ok(options)
}

/// The theme from `--theme`, else `COLORFGBG`, in the colours the output allows.
fn theme(matches: &ArgMatches, colour: bool) -> Theme {
    let background = match matches.get_one::<String>("theme").map(String::as_str) {
        Some("light") => Background::Light,
        Some("dark") => Background::Dark,
        _ => Background::from_env(),
    };
    Theme::new(ColorMode::for_output(colour), background)
}

/// The lesson `query` names (a number, a name or the start of one); when
/// none does, the reason is printed, with the names, and exit 2 returned.
fn find_lesson(lessons: &[Lesson], query: &str, lang: Lang) -> Result<usize, ExitCode> {
    content::find(lessons, query).ok_or_else(|| {
        let names: Vec<String> = lessons
            .iter()
            .map(|lesson| escape_controls(&lesson.slug).into_owned())
            .collect();
        let message = format!(
            "{} {}{}{}",
            lang.pick("aucune leçon ne correspond à", "no lesson matches"),
            lang.quote(&escape_controls(query)),
            lang.pick(". Leçons\u{a0}: ", ". Lessons: "),
            names.join(", ")
        );
        report_bad_input(&message, lang)
    })
}

/// The exercises, in lesson order; when one cannot be read (a bug caught
/// by the tests), the reason and exit 2.
fn exercises_or_exit(lang: Lang) -> Result<Vec<Exercise>, ExitCode> {
    let mut exercises =
        exercise::all().map_err(|error| report_bad_input(&error.describe(lang), lang))?;
    let lessons =
        content::lessons().map_err(|error| report_bad_input(&error.describe(lang), lang))?;
    exercise::sort_in_lesson_order(&mut exercises, &lessons);
    Ok(exercises)
}

/// The exercise `query` names (its id, number or the start of its name),
/// read alone; otherwise the reason, the ids, and exit 2. A query that
/// could be a path (`../x`) is refused as such.
fn find_exercise(query: &str, lang: Lang) -> Result<Exercise, ExitCode> {
    let query = &query.to_lowercase();
    if !exercise::is_safe_id(query) {
        let error = WorkspaceError::UnsafeId(query.to_string());
        return Err(report_bad_input(&error.describe(lang), lang));
    }
    let folders = exercise::folders();
    let ids: Vec<&str> = folders.iter().map(|folder| folder.id).collect();
    let candidates = exercise::candidates(&ids, query);
    if exercise::find_id(&ids, query).is_none() && candidates.len() > 1 {
        let message = format!(
            "{} {}{}{}",
            lang.quote(&escape_controls(query)),
            lang.pick("désigne plusieurs exercices", "names several exercises"),
            lang.colon(),
            candidates.join(", ")
        );
        return Err(report_bad_input(&message, lang));
    }
    let found =
        exercise::find_id(&ids, query).and_then(|id| folders.iter().find(|folder| folder.id == id));
    let Some(folder) = found else {
        let message = format!(
            "{} {}{}{}",
            lang.pick("aucun exercice ne correspond à", "no exercise matches"),
            lang.quote(&escape_controls(query)),
            lang.pick(". Exercices\u{a0}: ", ". Exercises: "),
            ids.join(", ")
        );
        return Err(report_bad_input(&message, lang));
    };
    folder
        .load()
        .map_err(|error| report_bad_input(&error.describe(lang), lang))
}

/// Every exercise's id and starting files, for the workspace.
fn starts_or_exit(lang: Lang) -> Result<Vec<StartingFile<'static>>, ExitCode> {
    exercise::folders()
        .iter()
        .map(|folder| {
            Ok(StartingFile {
                id: folder.id,
                dockerfile: folder.start()?,
                dockerignore: folder.start_dockerignore()?,
            })
        })
        .collect::<Result<_, exercise::ExerciseError>>()
        .map_err(|error| report_bad_input(&error.describe(lang), lang))
}

/// The workspace to use here, or the reason and exit 2. A folder that holds
/// exercises without being a workspace is said, since another one is used.
fn workspace_or_exit(lang: Lang) -> Result<Workspace, ExitCode> {
    let starts = starts_or_exit(lang)?;
    let workspace = Workspace::locate(&starts)
        .map_err(|error| report_bad_input(&error.describe(lang), lang))?;
    if let Ok(cwd) = std::env::current_dir()
        && Workspace::around(&cwd).is_none()
        && cwd
            .join(crate::workspace::DEFAULT_DIR)
            .join(MARKER)
            .is_file()
    {
        // A student's repository with its workspace one level down: the
        // data folder's workspace would be graded instead, silently.
        let inner = escape_controls(
            &cwd.join(crate::workspace::DEFAULT_DIR)
                .display()
                .to_string(),
        )
        .into_owned();
        let root = escape_controls(&workspace.root.display().to_string()).into_owned();
        print_error(&lang.pick(
            format!("multistage\u{a0}: l’espace de travail de ce dossier est {inner}\u{a0}; ici, c’est celui du dossier de données ({root}) qui est utilisé. Lancez la commande depuis {inner}."),
            format!("multistage: this folder’s workspace is {inner}; here the data folder’s ({root}) is used. Run the command from {inner}."),
        ));
    } else if let Ok(cwd) = std::env::current_dir()
        && Workspace::looks_like_one(&cwd, &starts)
    {
        let root = escape_controls(&workspace.root.display().to_string()).into_owned();
        print_error(&lang.pick(
            format!("multistage\u{a0}: ce dossier contient des exercices mais pas de fichier {MARKER}\u{a0}; c’est l’espace de travail {root} qui est utilisé. `multistage init .` fait de ce dossier un espace de travail."),
            format!("multistage: this folder holds exercises but no {MARKER} file; the workspace {root} is used instead. `multistage init .` makes this folder a workspace."),
        ));
    }
    Ok(workspace)
}

/// Applies `change` to the progress saved for `workspace` (`true` when it
/// changed something) and saves it; a problem is a warning, never a failure.
fn record_progress(workspace: &Workspace, lang: Lang, change: impl FnOnce(&mut Progress) -> bool) {
    let Some(store) = Store::for_workspace(Some(&workspace.root)) else {
        return;
    };
    let (mut progress, note) = store.load();
    if let Some(note) = &note {
        report_progress_note(note, lang);
        if matches!(note, LoadNote::Unreadable(_)) {
            return;
        }
    }
    if change(&mut progress)
        && let Err(error) = store.save(&progress)
    {
        print_error(&format!(
            "multistage{}{}{}{}",
            lang.colon(),
            lang.pick("progression non enregistrée", "progress not saved"),
            lang.colon(),
            lang.io_reason(&error)
        ));
    }
}

/// Writes a command's output; a standard output that cannot take it (a
/// full disk, a closed pipe) is bad input, not a silent success.
fn write_stdout(text: &str, lang: Lang) -> Result<(), ExitCode> {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(()),
        // A pager closed early (`| head`) is the reader's choice.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(error) => Err(report_bad_input(
            &format!(
                "{}{}{}",
                lang.pick("impossible d’écrire la sortie", "cannot write the output"),
                lang.colon(),
                lang.io_reason(&error)
            ),
            lang,
        )),
    }
}

/// Says what loading the progress file ran into.
fn report_progress_note(note: &LoadNote, lang: Lang) {
    match note {
        LoadNote::Unreadable(reason) => print_error(&format!(
            "multistage{}{}{}{}",
            lang.colon(),
            lang.pick("progression non enregistrée", "progress not saved"),
            lang.colon(),
            escape_controls(reason)
        )),
        LoadNote::SetAside(path) => print_error(&format!(
            "multistage{}{}{}",
            lang.colon(),
            lang.pick(
                "fichier de progression illisible, mis de côté dans ",
                "unreadable progress file, set aside as "
            ),
            escape_controls(&path.display().to_string())
        )),
    }
}

/// What `graph` and `lint` work on: the build options and the Dockerfile.
/// On bad input the reason is printed and the exit code returned.
fn build_input(matches: &ArgMatches, lang: Lang) -> Result<(BuildOptions, Source), ExitCode> {
    let options =
        build_options(matches, lang).map_err(|message| report_bad_input(&message, lang))?;
    let source =
        read_source(required(matches, "file")).map_err(|error| report_read_error(&error, lang))?;
    Ok((options, source))
}

/// Why a graph cannot be built, for the user.
fn describe_graph_error(error: &GraphError, lang: Lang) -> String {
    match error {
        GraphError::NoStages => lang
            .pick(
                "ce Dockerfile n’a aucun stage (aucun FROM)",
                "this Dockerfile has no stage (no FROM)",
            )
            .to_string(),
        GraphError::UnknownTarget { target, names } => {
            let names = if names.is_empty() {
                lang.pick("aucun stage n’a de nom", "no stage has a name")
                    .to_string()
            } else {
                names.join(", ")
            };
            let target = escape_controls(target);
            match lang {
                Lang::Fr => format!(
                    "aucun stage ne s’appelle «\u{a0}{target}\u{a0}». Stages nommés\u{a0}: {names}"
                ),
                Lang::En => format!("no stage is called “{target}”. Named stages: {names}"),
            }
        }
    }
}

/// Prints a one-line problem with the command's input and gives the bad-input exit code.
fn report_bad_input(message: &str, lang: Lang) -> ExitCode {
    print_error(&format!("multistage{}{message}", lang.colon()));
    ExitCode::from(EXIT_BAD_INPUT)
}

/// Prints why a file could not be read and gives the bad-input exit code.
fn report_read_error(error: &ReadError, lang: Lang) -> ExitCode {
    print_error(&format!(
        "multistage{}{}",
        lang.colon(),
        error.describe(lang)
    ));
    ExitCode::from(EXIT_BAD_INPUT)
}

/// Writes a message and a line break on standard error. Unlike `eprintln!`,
/// it does not panic when standard error is closed or its terminal is gone.
pub(super) fn print_error(message: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "{message}");
}

/// The value of an argument clap guarantees to be present.
fn required<'a>(matches: &'a ArgMatches, name: &str) -> &'a str {
    matches
        .get_one::<String>(name)
        .map(String::as_str)
        .unwrap_or_default()
}
