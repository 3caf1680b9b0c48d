//! What a teacher runs: `pack check DIR` (validate a pack as CI would),
//! `pack new DIR` (an example pack to start from), `report DIR…` (grade
//! several students' workspaces into one table: terminal, JSON, CSV or
//! Markdown) and `progress` (what this learner has done, with dates).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Arg, ArgAction, ArgMatches, Command};
use serde::Serialize;

use super::{Output, print_error, report_bad_input};
use crate::content;
use crate::exercise::{self, Exercise, grade, grade_files};
use crate::i18n::Lang;
use crate::pack;
use crate::progress::write_atomically;
use crate::safe_text::escape_controls;
use crate::workspace::{DEFAULT_DIR, MARKER, StartingFile};

pub(super) fn commands(lang: Lang) -> [Command; 3] {
    let format = |values: &'static [&'static str], fr: &'static str, en: &'static str| {
        Arg::new("format")
            .long("format")
            .value_parser(values.to_vec())
            .default_value(values[0])
            .help(lang.pick(fr, en))
    };
    [
        Command::new("pack")
            .about(lang.pick(
                "Les packs d’exercices des enseignants\u{a0}: vérifier, créer",
                "Teachers’ exercise packs: check, create",
            ))
            .subcommand_required(true)
            .subcommand(
                Command::new("check")
                    .about(lang.pick(
                        "Vérifie un pack comme une CI\u{a0}: chaque fichier se lit, chaque départ échoue, chaque solution passe",
                        "Check a pack as CI would: every file reads, every start fails, every solution passes",
                    ))
                    .arg(dir_arg(lang)),
            )
            .subcommand(
                Command::new("new")
                    .about(lang.pick(
                        "Écrit un petit pack d’exemple (une leçon, un exercice) à modifier",
                        "Write a small example pack (one lesson, one exercise) to edit",
                    ))
                    .arg(dir_arg(lang)),
            )
            .subcommand(Command::new("guide").about(lang.pick(
                "Affiche le guide du format des exercices (exercise.toml, scénario, vérifications)",
                "Print the guide to the exercise format (exercise.toml, scenario, checks)",
            ))),
        Command::new("report")
            .about(lang.pick(
                "Corrige les espaces de travail de plusieurs élèves\u{a0}: un tableau exercice × élève",
                "Grade several students’ workspaces: one exercise × student table",
            ))
            .arg(
                Arg::new("dirs")
                    .value_name(lang.pick("DOSSIER", "FOLDER"))
                    .required(true)
                    .action(ArgAction::Append)
                    .help(lang.pick(
                        "Un espace de travail par élève (un dossier par exercice, avec son Dockerfile)",
                        "One workspace per student (one folder per exercise, with its Dockerfile)",
                    )),
            )
            .arg(format(
                &["human", "json", "csv", "markdown"],
                "human, json, csv (pour un tableur) ou markdown",
                "human, json, csv (for a spreadsheet) or markdown",
            )),
        Command::new("progress")
            .about(lang.pick(
                "Votre progression\u{a0}: leçons lues, exercices réussis, avec les dates et les indices",
                "Your progress: lessons read, exercises passed, with dates and hints",
            ))
            .arg(format(
                &["human", "json"],
                "human ou json",
                "human or json",
            )),
    ]
}

fn dir_arg(lang: Lang) -> Arg {
    Arg::new("dir")
        .value_name(lang.pick("DOSSIER", "FOLDER"))
        .required(true)
        .help(lang.pick("Le dossier du pack", "The pack’s folder"))
}

fn shown(path: &Path) -> String {
    escape_controls(&path.display().to_string()).into_owned()
}

pub(super) fn pack(matches: &ArgMatches, output: Output) -> ExitCode {
    match matches.subcommand() {
        Some(("check", sub)) => pack_check(Path::new(super::required(sub, "dir")), output.lang),
        Some(("new", sub)) => pack_new(Path::new(super::required(sub, "dir")), output.lang),
        Some(("guide", _)) => pack_guide(output.lang),
        _ => ExitCode::from(super::EXIT_BAD_INPUT),
    }
}

/// The exercise format's reference, `exercises/README.md`, as the binary
/// carries it: a teacher with only the binary can still write a pack.
fn pack_guide(lang: Lang) -> ExitCode {
    let mut text = String::new();
    if lang == Lang::En {
        text.push_str("(This guide is written in French, like the exercises’ texts.)\n\n");
    }
    text.push_str(include_str!("../../exercises/README.md"));
    match super::write_stdout(&text, lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(exit) => exit,
    }
}

/// Checks what a pack holds; exit 0 when all is well, 1 when something
/// is wrong, 2 when there is no pack to check.
fn pack_check(dir: &Path, lang: Lang) -> ExitCode {
    if !dir.is_dir() {
        return report_bad_input(
            &format!(
                "{}{}{}",
                shown(dir),
                lang.colon(),
                lang.pick("dossier introuvable", "no such folder")
            ),
            lang,
        );
    }
    if !dir.join("exercises").is_dir() && !dir.join("content").is_dir() {
        return report_bad_input(
            &format!(
                "{}{}{}",
                shown(dir),
                lang.colon(),
                lang.pick(
                    "pas un pack (ni exercises/ ni content/)\u{a0}: multistage pack new en crée un",
                    "not a pack (neither exercises/ nor content/): multistage pack new makes one"
                )
            ),
            lang,
        );
    }
    let mut problems: Vec<String> = Vec::new();
    let mut lines: Vec<String> = Vec::new();
    let loaded = match pack::load(dir) {
        Ok(loaded) => loaded,
        Err(error) => {
            let text = format!("✗ {}\n", error.describe(lang));
            let _ = super::write_stdout(&text, lang);
            return ExitCode::FAILURE;
        }
    };
    lines.push(format!(
        "{}{}{}{}",
        lang.pick("Pack", "Pack"),
        lang.colon(),
        shown(dir),
        loaded
            .title
            .as_deref()
            .map(|title| format!(" — {}", escape_controls(title)))
            .unwrap_or_default()
    ));
    let embedded = if loaded.replace_embedded {
        Vec::new()
    } else {
        content::lessons().unwrap_or_default()
    };
    let mut slugs: Vec<String> = embedded.iter().map(|lesson| lesson.slug.clone()).collect();
    let mut orders: Vec<u32> = embedded.iter().map(|lesson| lesson.order).collect();
    // Which of the pack's lessons lists which exercises, to check both
    // sides agree (an exercise may also follow an embedded lesson).
    let mut listed: Vec<(String, Vec<String>)> = Vec::new();
    for (name, text) in &loaded.lessons {
        match content::parse_lesson(name, text) {
            Ok(lesson) if slugs.contains(&lesson.slug) => {
                problems.push(format!(
                    "{name}{}{} `{}`",
                    lang.colon(),
                    lang.pick("nom de leçon déjà pris", "lesson slug already taken"),
                    escape_controls(&lesson.slug)
                ));
            }
            Ok(lesson) if !exercise::is_safe_id(&lesson.slug) => {
                problems.push(format!(
                    "{name}{}{} `{}`",
                    lang.colon(),
                    lang.pick(
                        "nom de leçon refusé (minuscules, chiffres et tirets)",
                        "lesson slug refused (lower-case letters, digits and dashes)"
                    ),
                    escape_controls(&lesson.slug)
                ));
            }
            Ok(lesson) if orders.contains(&lesson.order) => {
                problems.push(format!(
                    "{name}{}{} ({})",
                    lang.colon(),
                    lang.pick(
                        "une autre leçon a déjà ce numéro d’ordre",
                        "another lesson already has this order"
                    ),
                    lesson.order
                ));
            }
            Ok(lesson) => {
                lines.push(format!(
                    "✓ {} {}",
                    lang.pick("leçon", "lesson"),
                    escape_controls(&lesson.slug)
                ));
                orders.push(lesson.order);
                listed.push((lesson.slug.clone(), lesson.exercises.clone()));
                slugs.push(lesson.slug);
            }
            Err(error) => problems.push(error.describe(lang)),
        }
    }
    let mut numbers: Vec<String> = Vec::new();
    for found in &loaded.exercises {
        let folder = &found.folder;
        let parsed = found
            .files
            .as_ref()
            .map_err(Clone::clone)
            .and_then(|files| {
                exercise::parse_exercise(folder, &files.toml, &files.start, &files.solution)
            });
        let exercise = match parsed {
            Ok(exercise) => exercise,
            Err(error) => {
                problems.push(error.describe(lang));
                continue;
            }
        };
        let before = problems.len();
        // One number per exercise everywhere: `check 02` must not be ambiguous.
        let number = exercise
            .id
            .split('-')
            .next()
            .unwrap_or_default()
            .to_string();
        let same_number = |id: &str| id != exercise.id && id.split('-').next() == Some(&number);
        let taken = if loaded.replace_embedded {
            None
        } else {
            exercise::embedded_ids()
                .into_iter()
                .find(|id| same_number(id))
        }
        .map(str::to_string)
        .or_else(|| numbers.iter().find(|id| same_number(id)).cloned());
        if let Some(other) = taken {
            problems.push(format!(
                "{folder}/exercise.toml{}{}",
                lang.colon(),
                lang.pick(
                    format!("le numéro {number} est déjà celui de `{other}`\u{a0}: prenez un numéro libre (90 à 99, par exemple), pour que `multistage check {number}` désigne un seul exercice"),
                    format!("the number {number} is already `{other}`’s: take a free one (90 to 99, say), so that `multistage check {number}` means one exercise"),
                ),
            ));
        }
        numbers.push(exercise.id.clone());
        for (what, text) in french_texts(&exercise) {
            if text.trim().is_empty() {
                problems.push(format!(
                    "{folder}/exercise.toml{}{} ({what})",
                    lang.colon(),
                    lang.pick("texte français vide", "empty French text")
                ));
            }
        }
        if !slugs.contains(&exercise.lesson) {
            problems.push(format!(
                "{folder}/exercise.toml{}{} `{}`",
                lang.colon(),
                lang.pick("leçon inconnue", "unknown lesson"),
                escape_controls(&exercise.lesson)
            ));
        } else if listed
            .iter()
            .any(|(slug, ids)| *slug == exercise.lesson && !ids.contains(&exercise.id))
        {
            // The lesson's end and the home screen lead to its exercises.
            let lesson = escape_controls(&exercise.lesson);
            problems.push(format!(
                "{folder}/exercise.toml{}{}",
                lang.colon(),
                lang.pick(
                    format!("la leçon `{lesson}` ne liste pas cet exercice dans `exercises`"),
                    format!("the lesson `{lesson}` does not list this exercise in `exercises`"),
                ),
            ));
        }
        let start = grade(&exercise, &exercise.start);
        let solution_dockerignore = exercise
            .dockerignore
            .as_ref()
            .map(|files| files.solution.as_str());
        let solution = grade_files(&exercise, &exercise.solution, solution_dockerignore);
        if start.passed {
            problems.push(format!(
                "{folder}/Dockerfile{}{}",
                lang.colon(),
                lang.pick(
                    "le Dockerfile de départ passe déjà toutes les vérifications",
                    "the starting Dockerfile already passes every check"
                )
            ));
        }
        if !solution.passed {
            let failed: Vec<&str> = solution
                .checks
                .iter()
                .filter(|check| !check.passed)
                .map(|check| check.id.as_str())
                .collect();
            problems.push(format!(
                "{folder}/solution.Dockerfile{}{}{}{}",
                lang.colon(),
                lang.pick("la solution échoue à", "the solution fails"),
                lang.colon(),
                failed.join(", ")
            ));
        }
        if problems.len() == before {
            lines.push(format!(
                "✓ {} — {} {}/{}, {} {}/{}",
                exercise.id,
                lang.pick("départ", "start"),
                start.score(),
                start.max_score(),
                lang.pick("solution", "solution"),
                solution.score(),
                solution.max_score()
            ));
        }
    }
    let mut text = lines.join("\n") + "\n";
    for problem in &problems {
        text.push_str(&format!("✗ {}\n", escape_controls(problem)));
    }
    let exercises = lang.count(
        loaded.exercises.len(),
        ("exercice", "exercices"),
        ("exercise", "exercises"),
    );
    let lessons = lang.count(
        loaded.lessons.len(),
        ("leçon", "leçons"),
        ("lesson", "lessons"),
    );
    let summary = if problems.is_empty() {
        format!(
            "{}{}{exercises}, {lessons}.",
            lang.pick("Pack valide", "Valid pack"),
            lang.colon()
        )
    } else {
        format!(
            "{}{}{}.",
            lang.pick("Pack refusé", "Pack refused"),
            lang.colon(),
            lang.count(
                problems.len(),
                ("problème", "problèmes"),
                ("problem", "problems")
            )
        )
    };
    text.push_str(&summary);
    text.push('\n');
    if let Err(exit) = super::write_stdout(&text, lang) {
        return exit;
    }
    if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Every French text of an exercise, named for messages.
fn french_texts(exercise: &Exercise) -> Vec<(String, &str)> {
    let mut texts = vec![
        ("title".to_string(), exercise.title.fr.as_str()),
        (
            "instructions".to_string(),
            exercise.instructions.fr.as_str(),
        ),
    ];
    for (index, hint) in exercise.hints.iter().enumerate() {
        texts.push((format!("hints[{index}]"), hint.fr.as_str()));
    }
    for check in &exercise.checks {
        texts.push((format!("check {}", check.id), check.message.fr.as_str()));
    }
    texts
}

/// Writes the example pack into `dir`, which must be new or empty.
fn pack_new(dir: &Path, lang: Lang) -> ExitCode {
    let occupied = std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some());
    if occupied || dir.is_file() {
        return report_bad_input(
            &format!(
                "{}{}{}",
                shown(dir),
                lang.colon(),
                lang.pick(
                    "existe déjà et n’est pas vide\u{a0}: choisissez un nouveau dossier",
                    "already exists and is not empty: choose a new folder"
                )
            ),
            lang,
        );
    }
    for (name, text) in pack::EXAMPLE {
        let path = dir.join(name);
        if let Err(error) = write_atomically(&path, text.as_bytes()) {
            return report_bad_input(
                &format!("{}{}{}", shown(&path), lang.colon(), lang.io_reason(&error)),
                lang,
            );
        }
    }
    let dir = shown(dir);
    let text = lang.pick(
        format!(
            "Pack d’exemple écrit dans {dir}\u{a0}: une leçon (content/) et un exercice (exercises/).\nEnsuite\u{a0}:\n  multistage pack check {dir}\n  multistage --pack {dir} list\n  multistage --pack {dir} exercise 90-mon-exercice\n"
        ),
        format!(
            "Example pack written in {dir}: one lesson (content/) and one exercise (exercises/).\nNext:\n  multistage pack check {dir}\n  multistage --pack {dir} list\n  multistage --pack {dir} exercise 90-mon-exercice\n"
        ),
    );
    match super::write_stdout(&text, lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(exit) => exit,
    }
}

/// One student's result for one exercise.
#[derive(Serialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
enum Outcome {
    Passed,
    Failed,
    /// No Dockerfile for it in the workspace.
    Missing,
    /// A Dockerfile that cannot be read (not UTF-8, too large…).
    Unreadable,
    /// The starting files, as handed out: nothing done, no points.
    Untouched,
    /// Not an exercise of this student's pack.
    #[serde(rename = "not-given")]
    NotGiven,
}

#[derive(Serialize)]
struct CellJson {
    exercise: String,
    outcome: Outcome,
    score: u32,
    max_score: u32,
    /// The checks that failed (all of them when there is no readable file).
    failed: Vec<String>,
    /// Why the file could not be graded (missing, not UTF-8, too large…).
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

#[derive(Serialize)]
struct StudentJson {
    name: String,
    path: String,
    passed: usize,
    score: u32,
    max_score: u32,
    exercises: Vec<CellJson>,
}

#[derive(Serialize)]
struct ReportJson {
    exercises: Vec<String>,
    students: Vec<StudentJson>,
}

/// A student's name: their workspace's folder name (its parent's, when it
/// is the default `multistage-exercices`), or its path when two share it.
fn student_names(dirs: &[PathBuf]) -> Vec<String> {
    let names: Vec<String> = dirs
        .iter()
        .map(|dir| {
            let path = dir.canonicalize().unwrap_or_else(|_| dir.clone());
            let named = if path.file_name().is_some_and(|name| name == DEFAULT_DIR) {
                path.parent().map(Path::to_path_buf).unwrap_or(path)
            } else {
                path
            };
            named
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_else(|| dir.display().to_string())
        })
        .collect();
    names
        .iter()
        .zip(dirs)
        .map(|(name, dir)| {
            if names.iter().filter(|other| *other == name).count() > 1 {
                escape_controls(&dir.display().to_string()).into_owned()
            } else {
                escape_controls(name).into_owned()
            }
        })
        .collect()
}

pub(super) fn report(matches: &ArgMatches, output: Output) -> ExitCode {
    let lang = output.lang;
    let dirs: Vec<PathBuf> = matches
        .get_many::<String>("dirs")
        .into_iter()
        .flatten()
        .map(PathBuf::from)
        .collect();
    // Each folder is a workspace, or holds one (a student's repository in
    // which `multistage init` made `multistage-exercices/`).
    let mut workspaces = Vec::new();
    for dir in &dirs {
        let inner = dir.join(DEFAULT_DIR);
        let workspace = if dir.join(MARKER).is_file() {
            dir.clone()
        } else if inner.join(MARKER).is_file() {
            inner
        } else {
            let reason = if dir.is_dir() {
                lang.pick(
                    "pas un espace de travail multistage (ni lui ni multistage-exercices/ n’ont de fichier .multistage-workspace)",
                    "not a multistage workspace (neither it nor multistage-exercices/ has a .multistage-workspace file)",
                )
            } else {
                lang.pick(
                    "pas un dossier (il faut l’espace de travail d’un élève)",
                    "not a folder (a student’s workspace is expected)",
                )
            };
            return report_bad_input(&format!("{}{}{reason}", shown(dir), lang.colon()), lang);
        };
        workspaces.push(workspace);
    }
    let dirs = workspaces;
    let exercises = match super::exercises_or_exit(lang) {
        Ok(exercises) => exercises,
        Err(exit) => return exit,
    };
    let names = student_names(&dirs);
    // Each workspace is graded on what its student was given: its own
    // pack, unless the teacher names one with --pack.
    let catalogues: Vec<Vec<Exercise>> = dirs
        .iter()
        .zip(&names)
        .map(|(dir, name)| student_exercises(dir, name, &exercises, lang))
        .collect();
    let mut ids: Vec<String> = Vec::new();
    for exercise in catalogues.iter().flatten() {
        if !ids.contains(&exercise.id) {
            ids.push(exercise.id.clone());
        }
    }
    if catalogues
        .iter()
        .any(|catalogue| catalogue.len() != ids.len())
    {
        print_error(lang.pick(
            "multistage\u{a0}: ces espaces de travail n’ont pas tous reçu les mêmes exercices (packs différents)\u{a0}; « · » marque un exercice qu’un élève n’a pas reçu.",
            "multistage: these workspaces were not all given the same exercises (different packs); “·” marks an exercise a student was not given.",
        ));
    }
    let students: Vec<StudentJson> = dirs
        .iter()
        .zip(&names)
        .zip(&catalogues)
        .map(|((dir, name), catalogue)| grade_student(dir, name, catalogue, &ids, lang))
        .collect();
    let text = match super::required(matches, "format") {
        "json" => {
            let report = ReportJson {
                exercises: ids,
                students,
            };
            serde_json::to_string_pretty(&report).unwrap_or_default() + "\n"
        }
        "csv" => csv(&ids, &students),
        "markdown" => table(&ids, &students, lang, true),
        _ => table(&ids, &students, lang, false),
    };
    match super::write_stdout(&text, lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(exit) => exit,
    }
}

/// The exercises a workspace was handed out with: those of the pack it
/// records (loaded for it alone), else the process's. A recorded pack that
/// cannot be loaded is said, and the built-in exercises stand in.
fn student_exercises(dir: &Path, name: &str, exercises: &[Exercise], lang: Lang) -> Vec<Exercise> {
    if pack::active().is_some() {
        return exercises.to_vec();
    }
    let Some(recorded) = (crate::workspace::Workspace {
        root: dir.to_path_buf(),
    })
    .pack() else {
        return exercises.to_vec();
    };
    let loaded = pack::load(&recorded).and_then(|pack| {
        // The report ends with the process: its packs live as long.
        let pack: &'static pack::Pack = Box::leak(Box::new(pack));
        exercise::all_with(Some(pack))
    });
    match (loaded, content::lessons()) {
        (Ok(mut own), Ok(lessons)) => {
            exercise::sort_in_lesson_order(&mut own, &lessons);
            own
        }
        (Err(error), _) => {
            print_error(&lang.pick(
                format!(
                    "multistage\u{a0}: {name}\u{a0}: le pack de l’espace de travail ne se charge pas ({})\u{a0}; noté sur les exercices intégrés.",
                    error.describe(lang)
                ),
                format!(
                    "multistage: {name}: the workspace’s pack cannot be loaded ({}); graded on the built-in exercises.",
                    error.describe(lang)
                ),
            ));
            exercises.to_vec()
        }
        (Ok(own), Err(_)) => own,
    }
}

/// One student's row: a cell per id of the report, graded when the
/// student was given that exercise.
fn grade_student(
    dir: &Path,
    name: &str,
    exercises: &[Exercise],
    ids: &[String],
    lang: Lang,
) -> StudentJson {
    let cells: Vec<CellJson> = ids
        .iter()
        .map(|id| {
            let Some(exercise) = exercises.iter().find(|exercise| &exercise.id == id) else {
                return CellJson {
                    exercise: id.clone(),
                    outcome: Outcome::NotGiven,
                    score: 0,
                    max_score: 0,
                    failed: Vec::new(),
                    error: None,
                };
            };
            let file = dir.join(&exercise.id).join("Dockerfile");
            let max_score = exercise.checks.iter().map(|check| check.points).sum();
            let every_check = || {
                exercise
                    .checks
                    .iter()
                    .map(|check| check.id.clone())
                    .collect()
            };
            let (outcome, score, failed, error) = if !file.exists() {
                (Outcome::Missing, 0, every_check(), None)
            } else if untouched(dir, exercise) {
                (Outcome::Untouched, 0, every_check(), None)
            } else {
                match super::check::grade_learner_files(exercise, &file.to_string_lossy()) {
                    Ok((_, graded)) => {
                        let outcome = if graded.passed {
                            Outcome::Passed
                        } else {
                            Outcome::Failed
                        };
                        let failed = graded
                            .checks
                            .iter()
                            .filter(|check| !check.passed)
                            .map(|check| check.id.clone())
                            .collect();
                        (outcome, graded.score(), failed, None)
                    }
                    Err(error) => (
                        Outcome::Unreadable,
                        0,
                        every_check(),
                        Some(error.describe(lang)),
                    ),
                }
            };
            CellJson {
                exercise: exercise.id.clone(),
                outcome,
                score,
                max_score,
                failed,
                error,
            }
        })
        .collect();
    StudentJson {
        name: name.to_string(),
        path: dir.display().to_string(),
        passed: cells
            .iter()
            .filter(|c| c.outcome == Outcome::Passed)
            .count(),
        score: cells.iter().map(|c| c.score).sum(),
        max_score: cells.iter().map(|c| c.max_score).sum(),
        exercises: cells,
    }
}

fn mark(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Passed => "✓",
        Outcome::Failed => "✗",
        Outcome::Missing => "–",
        Outcome::Unreadable => "?",
        Outcome::Untouched => "○",
        Outcome::NotGiven => "·",
    }
}

/// Whether the student's files are exactly the ones handed out (a file
/// that cannot be read is not: it is graded, and said unreadable).
fn untouched(dir: &Path, exercise: &Exercise) -> bool {
    let start = StartingFile::of(exercise);
    let same = |name: &str, text: &str| {
        fs::read(dir.join(&exercise.id).join(name)).is_ok_and(|bytes| bytes == text.as_bytes())
    };
    same("Dockerfile", start.dockerfile)
        && start
            .dockerignore
            .is_none_or(|text| same(exercise::DOCKERIGNORE, text))
}

/// A CSV field, quoted when it must be (RFC 4180).
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// One row per student: ready for a grade sheet.
fn csv(ids: &[String], students: &[StudentJson]) -> String {
    let mut header = vec!["student".to_string()];
    header.extend(ids.iter().cloned());
    header.extend(["passed", "score", "max_score"].map(String::from));
    let mut out = header
        .iter()
        .map(|h| csv_field(h))
        .collect::<Vec<_>>()
        .join(",")
        + "\n";
    // What each column is out of, for the grade sheet (a student not given
    // an exercise has no points for it: the others say what it is worth).
    if !students.is_empty() {
        let mut row = vec!["max".to_string()];
        let worth: Vec<u32> = (0..ids.len())
            .map(|index| {
                students
                    .iter()
                    .map(|student| student.exercises[index].max_score)
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        row.extend(worth.iter().map(u32::to_string));
        let total = worth.iter().sum::<u32>().to_string();
        row.push(ids.len().to_string());
        row.push(total.clone());
        row.push(total);
        out.push_str(&row.join(","));
        out.push('\n');
    }
    for student in students {
        let mut row = vec![csv_field(&student.name)];
        row.extend(student.exercises.iter().map(|cell| cell.score.to_string()));
        row.push(student.passed.to_string());
        row.push(student.score.to_string());
        row.push(student.max_score.to_string());
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

/// Exercise × student, for the terminal or as a Markdown table.
fn table(ids: &[String], students: &[StudentJson], lang: Lang, markdown: bool) -> String {
    let width = |text: &str| crate::markdown::text_width(text);
    let first = lang.pick("Exercice", "Exercise");
    let first_width = ids
        .iter()
        .map(|id| width(id))
        .chain([width(first)])
        .max()
        .unwrap_or(0);
    let widths: Vec<usize> = students.iter().map(|s| width(&s.name).max(5)).collect();
    let pad =
        |text: &str, to: usize| format!("{text}{}", " ".repeat(to.saturating_sub(width(text))));
    // One row: its label, then one cell per student.
    let row = |label: &str, cell: &dyn Fn(&StudentJson) -> String| {
        let mut cells = vec![pad(label, first_width)];
        cells.extend(students.iter().zip(&widths).map(|(s, w)| pad(&cell(s), *w)));
        if markdown {
            let cells: Vec<String> = cells.iter().map(|cell| cell.replace('|', "\\|")).collect();
            format!("| {} |\n", cells.join(" | "))
        } else {
            format!("{}\n", cells.join("  ").trim_end())
        }
    };
    let mut out = row(first, &|s| s.name.clone());
    if markdown {
        let mut rule = vec!["-".repeat(first_width.max(3))];
        rule.extend(
            widths
                .iter()
                .map(|w| format!(":{}:", "-".repeat(w.saturating_sub(2).max(1)))),
        );
        out.push_str(&format!("| {} |\n", rule.join(" | ")));
    }
    for (index, id) in ids.iter().enumerate() {
        out.push_str(&row(id, &|s| mark(s.exercises[index].outcome).to_string()));
    }
    out.push_str(&row(lang.pick("Réussis", "Passed"), &|s| {
        let given = s
            .exercises
            .iter()
            .filter(|cell| cell.outcome != Outcome::NotGiven)
            .count();
        format!("{}/{given}", s.passed)
    }));
    out.push_str(&row(lang.pick("Points", "Points"), &|s| {
        format!("{}/{}", s.score, s.max_score)
    }));
    if !markdown {
        out.push_str(lang.pick(
            "\n✓ réussi · ✗ échoué · ○ jamais modifié · – pas de Dockerfile · ? illisible · · pas reçu\n",
            "\n✓ passed · ✗ failed · ○ never touched · – no Dockerfile · ? unreadable · · not given\n",
        ));
    }
    out
}

#[derive(Serialize)]
struct ProgressJson {
    lessons: Vec<LessonProgressJson>,
    exercises: Vec<ExerciseProgressJson>,
}

#[derive(Serialize)]
struct LessonProgressJson {
    slug: String,
    title: String,
    read_at: Option<String>,
}

#[derive(Serialize)]
struct ExerciseProgressJson {
    id: String,
    title: String,
    passed_at: Option<String>,
    hints: u32,
}

pub(super) fn progress(matches: &ArgMatches, output: Output) -> ExitCode {
    let lang = output.lang;
    let lessons = match content::lessons() {
        Ok(lessons) => lessons,
        Err(error) => return report_bad_input(&error.to_string(), lang),
    };
    let exercises = match super::exercises_or_exit(lang) {
        Ok(exercises) => exercises,
        Err(exit) => return exit,
    };
    let workspace = match super::workspace_or_exit(lang) {
        Ok(workspace) => workspace,
        Err(exit) => return exit,
    };
    let progress = super::exercises::load_progress(Some(&workspace), lang);
    let report = ProgressJson {
        lessons: lessons
            .iter()
            .map(|lesson| LessonProgressJson {
                slug: lesson.slug.clone(),
                title: lesson.title.clone(),
                read_at: progress.lessons_read.get(&lesson.slug).cloned(),
            })
            .collect(),
        exercises: exercises
            .iter()
            .map(|exercise| ExerciseProgressJson {
                id: exercise.id.clone(),
                title: exercise.title(lang).to_string(),
                passed_at: progress.passed_at(&exercise.id).map(String::from),
                hints: progress.hints_taken(&exercise.id),
            })
            .collect(),
    };
    let text = if super::required(matches, "format") == "json" {
        serde_json::to_string_pretty(&report).unwrap_or_default() + "\n"
    } else {
        progress_text(&report, lang)
    };
    match super::write_stdout(&text, lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(exit) => exit,
    }
}

/// `2026-11-28T05:35:44Z` as `2026-11-28`.
fn day(date: &str) -> &str {
    date.split('T').next().unwrap_or(date)
}

fn progress_text(report: &ProgressJson, lang: Lang) -> String {
    let read = report
        .lessons
        .iter()
        .filter(|l| l.read_at.is_some())
        .count();
    let passed = report
        .exercises
        .iter()
        .filter(|e| e.passed_at.is_some())
        .count();
    let mut out = format!(
        "{}{}{read}/{}\n",
        lang.pick("Leçons lues", "Lessons read"),
        lang.colon(),
        report.lessons.len()
    );
    for lesson in &report.lessons {
        let state = match &lesson.read_at {
            Some(date) => format!("✓ {}", day(date)),
            None => "○".to_string(),
        };
        out.push_str(&format!("  {state:<12} {}\n", lesson.title));
    }
    out.push_str(&format!(
        "\n{}{}{passed}/{}\n",
        lang.pick("Exercices réussis", "Exercises passed"),
        lang.colon(),
        report.exercises.len()
    ));
    let id_width = report
        .exercises
        .iter()
        .map(|e| e.id.len())
        .max()
        .unwrap_or(0);
    for exercise in &report.exercises {
        let state = match &exercise.passed_at {
            Some(date) => format!("✓ {}", day(date)),
            None => "○".to_string(),
        };
        let hints = match (exercise.hints, lang) {
            (0, _) => String::new(),
            (1, Lang::Fr) => "  (1 indice)".to_string(),
            (n, Lang::Fr) => format!("  ({n} indices)"),
            (1, Lang::En) => "  (1 hint)".to_string(),
            (n, Lang::En) => format!("  ({n} hints)"),
        };
        out.push_str(&format!(
            "  {state:<12} {:<id_width$}  {}{hints}\n",
            exercise.id,
            escape_controls(&exercise.title)
        ));
    }
    out
}
