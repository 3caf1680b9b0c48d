//! The commands around exercises: `list` (lessons and exercises with their
//! state), `exercise` (the instructions), `hint` (the next hint, remembered), `solution` (after a pass or
//! on confirmation), `reset` (the starting file back, a backup kept) and
//! `init` (a workspace folder).

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Arg, ArgAction, ArgMatches, Command};
use serde::Serialize;

use super::{
    Output, exercises_or_exit, find_exercise, record_progress, report_bad_input, workspace_or_exit,
};
use ratatui::text::{Line, Span};

use crate::content;
use crate::exercise::Exercise;
use crate::i18n::Lang;
use crate::markdown;
use crate::progress::{Progress, Store};
use crate::safe_text::{escape_controls, escape_controls_keep_lines};
use crate::workspace::{DEFAULT_DIR, StartingFile, Workspace};

fn id_arg(lang: Lang) -> Arg {
    Arg::new("exercise")
        .required(true)
        .value_name("ID")
        .help(lang.pick(
            "L’exercice (01, 01-premier-multi-stage, premier…)",
            "The exercise (01, 01-premier-multi-stage, premier…)",
        ))
}

fn yes_arg(lang: Lang) -> Arg {
    Arg::new("yes")
        .long("yes")
        .short('y')
        .action(ArgAction::SetTrue)
        .help(lang.pick(
            "Ne pas demander de confirmation",
            "Do not ask for confirmation",
        ))
}

pub(super) fn commands(lang: Lang) -> [Command; 6] {
    [
        Command::new("exercise")
            .about(lang.pick(
                "Ouvre un exercice dans le tutoriel (dans un tube\u{a0}: affiche son énoncé et le chemin de votre Dockerfile)",
                "Open an exercise in the tutorial (piped: print its instructions and the path of your Dockerfile)",
            ))
            .arg(id_arg(lang).required(false).help(lang.pick(
                "L’exercice (01, 01-premier-multi-stage, premier…)\u{a0}; par défaut\u{a0}: le premier pas encore réussi",
                "The exercise (01, 01-premier-multi-stage, premier…); default: the first one not passed yet",
            ))),
        Command::new("list")
            .about(lang.pick(
                "Liste les leçons et les exercices, avec votre progression",
                "List the lessons and exercises, with your progress",
            ))
            .arg(
                Arg::new("format")
                    .long("format")
                    .value_parser(["human", "json"])
                    .default_value("human")
                    .help(lang.pick("human ou json\u{a0}; par défaut\u{a0}: human", "human or json; default: human")),
            ),
        Command::new("hint")
            .about(lang.pick(
                "Donne l’indice suivant d’un exercice (les précédents restent affichés)",
                "Give an exercise’s next hint (earlier ones stay shown)",
            ))
            .arg(id_arg(lang)),
        Command::new("solution")
            .about(lang.pick(
                "Affiche la solution d’un exercice (après l’avoir réussi, ou sur confirmation)",
                "Show an exercise’s solution (once passed, or on confirmation)",
            ))
            .arg(id_arg(lang))
            .arg(yes_arg(lang)),
        Command::new("reset")
            .about(lang.pick(
                "Remet le Dockerfile de départ d’un exercice (votre version est sauvegardée à côté)",
                "Put an exercise’s starting Dockerfile back (yours is backed up beside it)",
            ))
            .arg(id_arg(lang).required(false).required_unless_present("all"))
            .arg(
                Arg::new("all")
                    .long("all")
                    .action(ArgAction::SetTrue)
                    .conflicts_with("exercise")
                    .help(lang.pick(
                        "Tous les exercices, et la progression (sauvegardes gardées, confirmation demandée)",
                        "Every exercise, and the progress (backups kept, confirmation asked)",
                    )),
            )
            .arg(yes_arg(lang)),
        Command::new("init")
            .about(lang.pick(
                "Crée un espace de travail avec les Dockerfiles de départ de chaque exercice",
                "Create a workspace with every exercise’s starting Dockerfile",
            ))
            .arg(Arg::new("dir").value_name(lang.pick("DOSSIER", "FOLDER")).help(lang.pick(
                "Où le créer (par défaut\u{a0}: ./multistage-exercices)",
                "Where to create it (default: ./multistage-exercices)",
            ))),
    ]
}

/// The exercise named on the command line and the workspace that holds it.
fn exercise_in_workspace(
    matches: &ArgMatches,
    lang: Lang,
) -> Result<(Exercise, Workspace), ExitCode> {
    let exercise = find_exercise(super::required(matches, "exercise"), lang)?;
    Ok((exercise, workspace_or_exit(lang)?))
}

/// The first exercise not passed yet, in lesson order (the first one when
/// all are).
fn first_not_passed(lang: Lang) -> Result<Exercise, ExitCode> {
    let progress = load_progress(workspace_or_exit(lang).ok().as_ref(), lang);
    let mut exercises = exercises_or_exit(lang)?;
    match exercises
        .iter()
        .position(|exercise| !progress.has_passed(&exercise.id))
    {
        Some(index) => Ok(exercises.swap_remove(index)),
        None if !exercises.is_empty() => Ok(exercises.swap_remove(0)),
        None => find_exercise("", lang),
    }
}

/// The saved progress: the lessons read, and the exercises of `workspace`;
/// a corrupt file set aside, or an unreadable one, is said.
pub(super) fn load_progress(workspace: Option<&Workspace>, lang: Lang) -> Progress {
    let Some(store) = Store::for_workspace(workspace.map(|workspace| workspace.root.as_path()))
    else {
        return Progress::default();
    };
    let (progress, note) = store.load();
    if let Some(note) = note {
        super::report_progress_note(&note, lang);
    }
    progress
}

#[derive(Serialize)]
struct ListJson {
    workspace: String,
    lessons: Vec<LessonJson>,
    exercises: Vec<ExerciseJson>,
}

#[derive(Serialize)]
struct LessonJson {
    slug: String,
    title: String,
    read: bool,
}

#[derive(Serialize)]
struct ExerciseJson {
    id: String,
    title: String,
    lesson: String,
    /// `passed`, `started` (the file differs from the start) or `todo`.
    state: &'static str,
    passed_at: Option<String>,
    hints: u32,
}

pub(super) fn list(matches: &ArgMatches, output: Output) -> ExitCode {
    let lang = output.lang;
    let exercises = match exercises_or_exit(lang) {
        Ok(exercises) => exercises,
        Err(exit) => return exit,
    };
    let lessons = match content::lessons() {
        Ok(lessons) => lessons,
        Err(error) => return report_bad_input(&error.to_string(), lang),
    };
    let workspace = match workspace_or_exit(lang) {
        Ok(workspace) => workspace,
        Err(exit) => return exit,
    };
    let progress = load_progress(Some(&workspace), lang);
    let state = |exercise: &Exercise| -> &'static str {
        if progress.has_passed(&exercise.id) {
            "passed"
        } else if workspace.started(&StartingFile::of(exercise)) {
            "started"
        } else {
            "todo"
        }
    };
    if matches
        .get_one::<String>("format")
        .is_some_and(|f| f == "json")
    {
        let list = ListJson {
            workspace: workspace.root.display().to_string(),
            lessons: lessons
                .iter()
                .map(|lesson| LessonJson {
                    slug: lesson.slug.clone(),
                    title: lesson.title.clone(),
                    read: progress.is_read(&lesson.slug),
                })
                .collect(),
            exercises: exercises
                .iter()
                .map(|exercise| ExerciseJson {
                    id: exercise.id.clone(),
                    title: exercise.title(lang).to_string(),
                    lesson: exercise.lesson.clone(),
                    state: state(exercise),
                    passed_at: progress.passed_at(&exercise.id).map(String::from),
                    hints: progress.hints_taken(&exercise.id),
                })
                .collect(),
        };
        if let Err(exit) = super::write_stdout(
            &(serde_json::to_string_pretty(&list).unwrap_or_default() + "\n"),
            lang,
        ) {
            return exit;
        }
        return ExitCode::SUCCESS;
    }
    // Each lesson, then the exercises that follow it: the order to take them in.
    let mut text = format!(
        "{} ({}{}{})\n",
        lang.pick("Leçons et exercices", "Lessons and exercises"),
        lang.pick("espace de travail", "workspace"),
        lang.colon(),
        escape_controls(&workspace.root.display().to_string())
    );
    let width = exercises
        .iter()
        .map(|e| e.id.chars().count())
        .max()
        .unwrap_or(0);
    let mut passed = 0;
    let mut exercise_line = |exercise: &Exercise| {
        let (mark, note) = match state(exercise) {
            "passed" => {
                passed += 1;
                ("✓", lang.pick("réussi", "passed"))
            }
            // The tutorial's marks, so that both say the same.
            "started" => ("◐", lang.pick("commencé", "started")),
            _ => ("○", lang.pick("à faire", "to do")),
        };
        format!(
            "      {mark} {:width$}  {}  [{note}]\n",
            exercise.id,
            exercise.title(lang),
        )
    };
    for lesson in &lessons {
        let mark = if progress.is_read(&lesson.slug) {
            "✓"
        } else {
            "○"
        };
        text.push_str(&format!(
            "  {mark} {}. {}  ({})\n",
            lesson.order, lesson.title, lesson.slug
        ));
        for exercise in exercises.iter().filter(|e| e.lesson == lesson.slug) {
            text.push_str(&exercise_line(exercise));
        }
    }
    let orphans: Vec<&Exercise> = exercises
        .iter()
        .filter(|e| !lessons.iter().any(|lesson| lesson.slug == e.lesson))
        .collect();
    if !orphans.is_empty() {
        text.push_str(&format!(
            "  {}\n",
            lang.pick("Autres exercices", "Other exercises")
        ));
        for exercise in orphans {
            text.push_str(&exercise_line(exercise));
        }
    }
    text.push_str(&format!(
        "\n{}{}{passed}/{}\n",
        lang.pick("Exercices réussis", "Exercises passed"),
        lang.colon(),
        exercises.len()
    ));
    if let Err(exit) = super::write_stdout(&text, lang) {
        return exit;
    }
    ExitCode::SUCCESS
}

pub(super) fn exercise(matches: &ArgMatches, output: Output) -> ExitCode {
    let lang = output.lang;
    let query = matches.get_one::<String>("exercise").map(String::as_str);
    if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
        return super::tutorial::run(matches, super::tutorial::Opening::Exercise(query), lang);
    }
    let exercise = match query {
        Some(query) => find_exercise(query, lang),
        None => first_not_passed(lang),
    };
    let (exercise, workspace) = match exercise.and_then(|e| Ok((e, workspace_or_exit(lang)?))) {
        Ok(found) => found,
        Err(exit) => return exit,
    };
    let file = match workspace.file(&exercise.id) {
        Ok(file) => file,
        Err(error) => return report_bad_input(&error.describe(lang), lang),
    };
    let theme = super::theme(matches, output.colour);
    let width = super::fiche::width();
    let title = format!("{} · {}", exercise.id, exercise.title(lang));
    let mut lines = vec![
        Line::from(Span::styled(title.clone(), theme.title())),
        Line::from(Span::styled(
            "═".repeat(markdown::text_width(&title).min(usize::from(width))),
            theme.frame(),
        )),
        Line::default(),
    ];
    lines.extend(markdown::render(exercise.instructions.get(lang), width, &theme).lines);
    let number = crate::exercise::short_name(&exercise.id);
    let next = lang.pick(
        format!(
            "Votre Dockerfile\u{a0}: `{}`\n\nModifiez-le, puis `multistage check {number}` pour le faire corriger\u{a0}; `multistage hint {number}` donne un indice.",
            file.display()
        ),
        format!(
            "Your Dockerfile: `{}`\n\nEdit it, then `multistage check {number}` to grade it; `multistage hint {number}` gives a hint.",
            file.display()
        ),
    );
    lines.push(Line::default());
    lines.extend(markdown::render(&next, width, &theme).lines);
    let text = crate::ansi::to_text(&lines, theme.has_colour());
    if let Err(exit) = super::write_stdout(&text, lang) {
        return exit;
    }
    ExitCode::SUCCESS
}

pub(super) fn hint(matches: &ArgMatches, output: Output) -> ExitCode {
    let lang = output.lang;
    let (exercise, workspace) = match exercise_in_workspace(matches, lang) {
        Ok(found) => found,
        Err(exit) => return exit,
    };
    let total = exercise.hints.len();
    if total == 0 {
        if let Err(exit) = super::write_stdout(
            &format!(
                "{}\n",
                lang.pick(
                    "Cet exercice n’a pas d’indice.",
                    "This exercise has no hint."
                )
            ),
            lang,
        ) {
            return exit;
        }
        return ExitCode::SUCCESS;
    }
    let shown =
        (load_progress(Some(&workspace), lang).hints_taken(&exercise.id) as usize + 1).min(total);
    let mut text = String::new();
    for (number, hint) in exercise.hints.iter().take(shown).enumerate() {
        text.push_str(&format!(
            "{} {}/{total}{}{}\n",
            lang.pick("Indice", "Hint"),
            number + 1,
            lang.colon(),
            hint.get(lang)
        ));
    }
    if shown == total {
        text.push_str(&format!(
            "{}\n",
            lang.pick(
                "C’était le dernier indice. La solution\u{a0}: multistage solution ID (après une réussite, ou avec --yes).",
                "That was the last hint. The solution: multistage solution ID (after a pass, or with --yes).",
            )
            .replace("ID", exercise.id.split('-').next().unwrap_or(&exercise.id))
        ));
    }
    if let Err(exit) = super::write_stdout(&text, lang) {
        return exit;
    }
    let id = exercise.id.clone();
    record_progress(&workspace, lang, |progress| {
        let before = progress.hints_taken(&id);
        progress.set_hints_taken(&id, shown as u32);
        before != progress.hints_taken(&id)
    });
    ExitCode::SUCCESS
}

pub(super) fn solution(matches: &ArgMatches, output: Output) -> ExitCode {
    let lang = output.lang;
    let exercise = match find_exercise(super::required(matches, "exercise"), lang) {
        Ok(exercise) => exercise,
        Err(exit) => return exit,
    };
    let allowed = matches.get_flag("yes")
        || load_progress(workspace_or_exit(lang).ok().as_ref(), lang).has_passed(&exercise.id);
    if !allowed {
        if !std::io::stdin().is_terminal() {
            return report_bad_input(
                lang.pick(
                    "cet exercice n’est pas encore réussi\u{a0}: ajoutez --yes pour voir quand même la solution",
                    "this exercise is not passed yet: add --yes to see the solution anyway",
                ),
                lang,
            );
        }
        let _ = write!(
            std::io::stderr().lock(),
            "{}",
            lang.pick(
                "Vous n’avez pas encore réussi cet exercice. Voir la solution quand même\u{a0}? [o/N] ",
                "You have not passed this exercise yet. See the solution anyway? [y/N] ",
            )
        );
        let mut answer = String::new();
        let _ = std::io::stdin().lock().read_line(&mut answer);
        let answer = answer.trim().to_lowercase();
        if !matches!(answer.as_str(), "o" | "oui" | "y" | "yes") {
            if let Err(exit) = super::write_stdout(
                &format!(
                    "{}\n",
                    lang.pick("D’accord, on garde la surprise.", "OK, no spoilers.")
                ),
                lang,
            ) {
                return exit;
            }
            return ExitCode::FAILURE;
        }
    }
    if let Err(exit) = super::write_stdout(&escape_controls_keep_lines(&exercise.solution), lang) {
        return exit;
    }
    ExitCode::SUCCESS
}

/// Asks `question` on the terminal; false without one (then `--yes` is needed).
fn confirmed(question: &str) -> Option<bool> {
    if !std::io::stdin().is_terminal() {
        return None;
    }
    let _ = write!(std::io::stderr().lock(), "{question}");
    let mut answer = String::new();
    let _ = std::io::stdin().lock().read_line(&mut answer);
    let answer = answer.trim().to_lowercase();
    Some(matches!(answer.as_str(), "o" | "oui" | "y" | "yes"))
}

/// `reset --all`: every exercise's start put back, the learner's files
/// kept beside them, the progress file kept as a dated backup, then cleared.
fn reset_all(matches: &ArgMatches, lang: Lang) -> ExitCode {
    let workspace = match workspace_or_exit(lang) {
        Ok(workspace) => workspace,
        Err(exit) => return exit,
    };
    if !matches.get_flag("yes") {
        let question = lang.pick(
            "Remettre TOUS les exercices de cet espace de travail au départ et effacer leur progression (vos fichiers sont sauvegardés à côté, les leçons lues restent lues)\u{a0}? [o/N] ",
            "Put EVERY exercise of this workspace back to its start and clear their progress (your files are backed up beside them, lessons read stay read)? [y/N] ",
        );
        match confirmed(question) {
            Some(true) => {}
            Some(false) => {
                let _ = super::write_stdout(
                    lang.pick("Rien n’a changé.\n", "Nothing changed.\n"),
                    lang,
                );
                return ExitCode::FAILURE;
            }
            None => {
                return report_bad_input(
                    lang.pick(
                        "reset --all efface votre progression\u{a0}: ajoutez --yes pour confirmer",
                        "reset --all clears your progress: add --yes to confirm",
                    ),
                    lang,
                );
            }
        }
    }
    let exercises = match super::exercises_or_exit(lang) {
        Ok(exercises) => exercises,
        Err(exit) => return exit,
    };
    let mut text = String::new();
    let mut backups = 0;
    for exercise in &exercises {
        match workspace.reset(exercise) {
            Ok(saved) => {
                for backup in saved {
                    backups += 1;
                    text.push_str(&format!(
                        "{} → {}\n",
                        exercise.id,
                        escape_controls(&backup.display().to_string())
                    ));
                }
            }
            Err(error) => return report_bad_input(&error.describe(lang), lang),
        }
    }
    // This workspace's exercises only: other workspaces and the lessons
    // read keep their progress.
    if let Some(store) = Store::for_workspace(Some(&workspace.root)) {
        match store.clear() {
            Ok(Some(backup)) => text.push_str(&format!(
                "{}{}{}\n",
                lang.pick(
                    "Progression des exercices sauvegardée dans",
                    "Exercise progress backed up in"
                ),
                lang.colon(),
                escape_controls(&backup.display().to_string())
            )),
            Ok(None) => {}
            Err(error) => {
                return report_bad_input(
                    &format!(
                        "{}{}{}",
                        lang.pick("progression", "progress"),
                        lang.colon(),
                        lang.io_reason(&error)
                    ),
                    lang,
                );
            }
        }
    }
    let reset = lang.count(
        exercises.len(),
        ("exercice", "exercices"),
        ("exercise", "exercises"),
    );
    let kept = lang.count(
        backups,
        ("fichier sauvegardé", "fichiers sauvegardés"),
        ("file backed up", "files backed up"),
    );
    text.push_str(&lang.pick(
        format!("{reset} remis au départ ({kept}).\n"),
        format!("{reset} put back to their start ({kept}).\n"),
    ));
    match super::write_stdout(&text, lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(exit) => exit,
    }
}

pub(super) fn reset(matches: &ArgMatches, output: Output) -> ExitCode {
    let lang = output.lang;
    if matches.get_flag("all") {
        return reset_all(matches, lang);
    }
    let (exercise, workspace) = match exercise_in_workspace(matches, lang) {
        Ok(found) => found,
        Err(exit) => return exit,
    };
    match workspace.reset(&exercise) {
        Ok(backups) => {
            let file = workspace
                .file(&exercise.id)
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            let put_back = if exercise.dockerignore.is_some() {
                lang.pick(
                    "Dockerfile et .dockerignore de départ remis en place",
                    "Starting Dockerfile and .dockerignore put back",
                )
            } else {
                lang.pick(
                    "Dockerfile de départ remis en place",
                    "Starting Dockerfile put back",
                )
            };
            let mut text = format!("{put_back}{}{}\n", lang.colon(), escape_controls(&file));
            for backup in backups {
                text.push_str(&format!(
                    "{}{}{}\n",
                    lang.pick(
                        "Votre version est sauvegardée dans",
                        "Your version is saved in"
                    ),
                    lang.colon(),
                    escape_controls(&backup.display().to_string())
                ));
            }
            if let Err(exit) = super::write_stdout(&text, lang) {
                return exit;
            }
            ExitCode::SUCCESS
        }
        Err(error) => report_bad_input(&error.describe(lang), lang),
    }
}

pub(super) fn init(matches: &ArgMatches, output: Output) -> ExitCode {
    let lang = output.lang;
    let starts = match super::starts_or_exit(lang) {
        Ok(starts) => starts,
        Err(exit) => return exit,
    };
    let dir = matches
        .get_one::<String>("dir")
        .map_or_else(|| PathBuf::from(DEFAULT_DIR), PathBuf::from);
    if dir.as_os_str().is_empty() {
        return report_bad_input(
            lang.pick(
                "le dossier ne peut pas être vide",
                "the folder cannot be empty",
            ),
            lang,
        );
    }
    if dir.exists() && !dir.is_dir() {
        let message = format!(
            "{}{}{}",
            escape_controls(&dir.display().to_string()),
            lang.colon(),
            lang.pick("ce n’est pas un dossier", "not a directory")
        );
        return report_bad_input(&message, lang);
    }
    // A workspace inside another would hold a second copy of every
    // exercise, and the commands would pick the inner one.
    let target = std::env::current_dir()
        .map(|cwd| cwd.join(&dir))
        .unwrap_or_else(|_| dir.clone());
    if let Some(outer) = Workspace::around(&target)
        && !target.join(crate::workspace::MARKER).is_file()
    {
        let root = escape_controls(&outer.root.display().to_string()).into_owned();
        return report_bad_input(
            &lang.pick(
                format!("vous êtes déjà dans l’espace de travail {root}\u{a0}: pas besoin d’en créer un autre dedans (pour le compléter, `multistage init .` à sa racine)"),
                format!("you are already in the workspace {root}: no need for another one inside it (to complete it, `multistage init .` at its root)"),
            ),
            lang,
        );
    }
    match Workspace::init(&dir, &starts) {
        Ok((_, written)) if !written.failed.is_empty() => {
            report_bad_input(&written.failed[0].describe(lang), lang)
        }
        Ok((workspace, written)) => {
            if let Some(pack) = crate::pack::active()
                && let Err(error) = workspace.remember_pack(&pack.root)
            {
                return report_bad_input(&error.describe(lang), lang);
            }
            let root = escape_controls(&workspace.root.display().to_string()).into_owned();
            let mut text = lang.pick(
                format!(
                    "Espace de travail prêt dans {root}\u{a0}: {}, {} déjà là (non modifiés).\n",
                    lang.count(
                        written.created.len(),
                        ("exercice ajouté", "exercices ajoutés"),
                        ("", "")
                    ),
                    written.kept.len()
                ),
                format!(
                    "Workspace ready in {root}: {}, {} already there (left as they were).\n",
                    lang.count(
                        written.created.len(),
                        ("", ""),
                        ("exercise added", "exercises added")
                    ),
                    written.kept.len()
                ),
            );
            // A pack's own exercises come first in its workspace.
            let first = crate::pack::active()
                .and_then(|pack| pack.exercises.first())
                .map(|exercise| exercise.id.as_str())
                .or(starts.first().map(|start| start.id))
                .unwrap_or("01");
            let first = crate::exercise::short_name(first);
            let go = if Path::new(&root) == Path::new(".") {
                String::new()
            } else {
                format!("cd {} && ", shell_quoted(&root))
            };
            text.push_str(&lang.pick(
                format!("Pour commencer\u{a0}: {go}multistage exercise {first}\n"),
                format!("To start: {go}multistage exercise {first}\n"),
            ));
            if crate::pack::active().is_some() {
                text.push_str(lang.pick(
                    "L’espace de travail retient le pack\u{a0}: inutile d’y redonner --pack.\n",
                    "The workspace remembers the pack: no need for --pack inside it.\n",
                ));
            }
            if let Err(exit) = super::write_stdout(&text, lang) {
                return exit;
            }
            ExitCode::SUCCESS
        }
        Err(error) => report_bad_input(&error.describe(lang), lang),
    }
}

/// A path as a shell reads it back: quoted when it holds anything but plain characters.
fn shell_quoted(path: &str) -> String {
    let plain = !path.starts_with('-')
        && path
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "/._-".contains(c));
    if plain {
        path.to_string()
    } else {
        // A leading `-` would read as an option of `cd`.
        let path = if path.starts_with('-') {
            format!("./{path}")
        } else {
            path.to_string()
        };
        format!("'{}'", path.replace('\'', "'\\''"))
    }
}
