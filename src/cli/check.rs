//! `multistage check [ID] [FILE] [--all] [--format human|json]`: grades a
//! Dockerfile against an exercise — the learner's workspace copy unless a
//! file is given — and prints the checklist (✓/✗ with what the checker
//! saw, the estimated sizes, the diagnostics) or JSON. Exit 0 when every
//! graded exercise passes, 1 when one fails, 2 on bad input.

use std::process::ExitCode;

use clap::{Arg, ArgAction, ArgMatches, Command};
use serde::Serialize;

use super::{
    Output, exercises_or_exit, find_exercise, record_progress, report_bad_input, workspace_or_exit,
};
use crate::exercise::{DOCKERIGNORE, Exercise, Grade, grade_files};
use crate::i18n::Lang;
use crate::input::{InputError, ReadError, Source, read_source};
use crate::lint::{Message, Severity};
use crate::safe_text::escape_controls;
use crate::simulate::{Simulation, Size};
use crate::workspace::Workspace;

pub(super) fn command(lang: Lang) -> Command {
    Command::new("check")
        .about(lang.pick(
            "Corrige un exercice\u{a0}: chaque vérification, réussie ou non, et les tailles estimées",
            "Grade an exercise: every check, passed or not, and the estimated sizes",
        ))
        .arg(Arg::new("exercise").value_name("ID").help(lang.pick(
            "L’exercice (01, 01-premier-multi-stage, premier…)\u{a0}; par défaut, celui du dossier courant",
            "The exercise (01, 01-premier-multi-stage, premier…); by default the current folder’s",
        )))
        .arg(Arg::new("file").value_name(lang.pick("FICHIER", "FILE")).help(lang.pick(
            "Le Dockerfile à corriger (- pour l’entrée standard)\u{a0}; par défaut, celui de l’espace de travail",
            "The Dockerfile to grade (- for standard input); by default the workspace’s",
        )))
        .arg(
            Arg::new("all")
                .long("all")
                .action(ArgAction::SetTrue)
                .conflicts_with_all(["exercise", "file"])
                .help(lang.pick(
                    "Corrige tous les exercices de l’espace de travail",
                    "Grade every exercise of the workspace",
                )),
        )
        .arg(
            Arg::new("format")
                .long("format")
                .value_parser(["human", "json"])
                .default_value("human")
                .help(lang.pick("human ou json\u{a0}; par défaut\u{a0}: human", "human or json; default: human")),
        )
}

pub(super) fn run(matches: &ArgMatches, output: Output) -> ExitCode {
    let lang = output.lang;
    let json = matches
        .get_one::<String>("format")
        .is_some_and(|f| f == "json");
    let (text, passed) = if matches.get_flag("all") {
        match grade_all(lang) {
            Ok((workspace, grades)) => (
                render_all(&workspace, &grades, json, output),
                grades.iter().all(|(_, grade)| grade.passed),
            ),
            Err(exit) => return exit,
        }
    } else {
        match grade_one(matches, lang, json) {
            Ok((exercise, file, grade)) => {
                let text = if json {
                    let mut object = GradeJson::new(&grade, lang);
                    object.file = Some(file);
                    serde_json::to_string_pretty(&object).unwrap_or_default() + "\n"
                } else {
                    human(&exercise, &grade, Some(&file), output)
                };
                (text, grade.passed)
            }
            Err(exit) => return exit,
        }
    };
    if let Err(exit) = super::write_stdout(&text, lang) {
        return exit;
    }
    if passed {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// One exercise: the learner's workspace copy, or the file given.
fn grade_one(
    matches: &ArgMatches,
    lang: Lang,
    json: bool,
) -> Result<(Exercise, String, Grade), ExitCode> {
    let query = match matches.get_one::<String>("exercise") {
        Some(query) => query.clone(),
        None => exercise_here(lang)?,
    };
    let exercise = find_exercise(&query, lang)?;
    let (path, workspace) = match matches.get_one::<String>("file") {
        Some(file) => (file.clone(), None),
        None => {
            let workspace = workspace_or_exit(lang)?;
            let path = workspace
                .file(&exercise.id)
                .map_err(|error| report_bad_input(&error.describe(lang), lang))?;
            if !path.exists() {
                let number = crate::exercise::short_name(&exercise.id);
                let message = lang.pick(
                    format!("pas de Dockerfile pour cet exercice dans l’espace de travail ({})\u{a0}: `multistage reset {number}` remet celui de départ", escape_controls(&path.display().to_string())),
                    format!("no Dockerfile for this exercise in the workspace ({}): `multistage reset {number}` puts the starting one back", escape_controls(&path.display().to_string())),
                );
                print_json_failure(json, &exercise, &message, lang);
                return Err(report_bad_input(&message, lang));
            }
            (path.display().to_string(), Some(workspace))
        }
    };
    let (source, graded) = grade_learner_files(&exercise, &path).map_err(|error| {
        print_json_failure(json, &exercise, &error.describe(lang), lang);
        super::report_read_error(&error, lang)
    })?;
    // A learner's own pass is remembered (not a file graded for someone else).
    if let Some(workspace) = &workspace
        && graded.passed
    {
        record_progress(workspace, lang, |progress| {
            progress.mark_passed(&exercise.id)
        });
    }
    Ok((exercise, source.name, graded))
}

/// Grades the Dockerfile at `path` with, for an exercise where the learner
/// writes one, its ignore file, found as Docker finds it: `NAME.dockerignore`
/// beside a Dockerfile called NAME first, else `.dockerignore` in its folder
/// (neither: Docker sends the whole context, and so does the grader).
pub(super) fn grade_learner_files(
    exercise: &Exercise,
    path: &str,
) -> Result<(Source, Grade), ReadError> {
    let source = read_source(path)?;
    let dockerignore = match &exercise.dockerignore {
        Some(_) if path != "-" => {
            let own = format!("{path}.dockerignore");
            let beside = std::path::Path::new(path).with_file_name(DOCKERIGNORE);
            let mut found = None;
            for candidate in [own, beside.display().to_string()] {
                match read_source(&candidate) {
                    Ok(file) => {
                        found = Some(file.text);
                        break;
                    }
                    Err(error) if matches!(error.cause, InputError::NotFound) => {}
                    Err(error) => return Err(error),
                }
            }
            found
        }
        _ => None,
    };
    let graded = grade_files(exercise, &source.text, dockerignore.as_deref());
    Ok((source, graded))
}

/// With `--format json`, a file that cannot be graded still gives an
/// object on stdout (exit 2 stays): a CI keeps one result per exercise.
fn print_json_failure(json: bool, exercise: &Exercise, reason: &str, lang: Lang) {
    if !json {
        return;
    }
    let object = serde_json::json!({
        "exercise": exercise.id,
        "passed": false,
        "score": 0,
        "max_score": exercise.checks.iter().map(|check| check.points).sum::<u32>(),
        "error": reason,
    });
    let text = serde_json::to_string_pretty(&object).unwrap_or_default() + "\n";
    let _ = super::write_stdout(&text, lang);
}

/// The exercise of the folder the learner is in: its exact id.
fn exercise_here(lang: Lang) -> Result<String, ExitCode> {
    let cwd = std::env::current_dir().ok();
    let here = cwd.as_deref().and_then(|cwd| {
        crate::workspace::Workspace::around(cwd).and_then(|w| w.exercise_here(cwd))
    });
    here.filter(|id| {
        crate::exercise::folders()
            .iter()
            .any(|folder| folder.id == id)
    })
    .ok_or_else(|| {
        report_bad_input(
            lang.pick(
                "précisez l’exercice (multistage check 01) ou --all",
                "name the exercise (multistage check 01) or use --all",
            ),
            lang,
        )
    })
}

/// Every exercise of the workspace, as it is: a missing or unreadable file
/// fails that exercise, with the reason, and the others are still graded.
fn grade_all(lang: Lang) -> Result<(Workspace, Vec<(Exercise, Grade)>), ExitCode> {
    let exercises = exercises_or_exit(lang)?;
    let workspace = workspace_or_exit(lang)?;
    let mut grades = Vec::with_capacity(exercises.len());
    for exercise in exercises {
        let path = workspace
            .file(&exercise.id)
            .map_err(|error| report_bad_input(&error.describe(lang), lang))?;
        let graded = if !path.exists() {
            let reason = Message::new(
                "Pas de Dockerfile pour cet exercice dans l’espace de travail.",
                "No Dockerfile for this exercise in the workspace.",
            );
            Grade::failed(&exercise, reason)
        } else {
            match grade_learner_files(&exercise, &path.display().to_string()) {
                Ok((_, graded)) => graded,
                Err(error) => {
                    let reason = Message::new(error.describe(Lang::Fr), error.describe(Lang::En));
                    Grade::failed(&exercise, reason)
                }
            }
        };
        grades.push((exercise, graded));
    }
    Ok((workspace, grades))
}

fn render_all(
    workspace: &Workspace,
    grades: &[(Exercise, Grade)],
    json: bool,
    output: Output,
) -> String {
    let lang = output.lang;
    let passed = grades.iter().filter(|(_, grade)| grade.passed).count();
    let root = workspace.root.display().to_string();
    if json {
        let all = AllJson {
            workspace: root,
            exercises: grades
                .iter()
                .map(|(_, grade)| GradeJson::new(grade, lang))
                .collect(),
            passed,
            total: grades.len(),
            score: grades.iter().map(|(_, grade)| grade.score()).sum(),
            max_score: grades.iter().map(|(_, grade)| grade.max_score()).sum(),
        };
        return serde_json::to_string_pretty(&all).unwrap_or_default() + "\n";
    }
    let mut text = format!(
        "{}{}{}\n",
        lang.pick("Espace de travail", "Workspace"),
        lang.colon(),
        escape_controls(&root)
    );
    for (exercise, grade) in grades {
        text.push('\n');
        text.push_str(&human(exercise, grade, None, output));
    }
    text.push_str(&format!(
        "\n{}{}{passed}/{}\n{}{}{}/{}\n",
        lang.pick("Exercices réussis", "Exercises passed"),
        lang.colon(),
        grades.len(),
        lang.pick("Points", "Points"),
        lang.colon(),
        grades.iter().map(|(_, grade)| grade.score()).sum::<u32>(),
        grades
            .iter()
            .map(|(_, grade)| grade.max_score())
            .sum::<u32>(),
    ));
    text
}

#[derive(Serialize)]
struct AllJson {
    /// The workspace graded.
    workspace: String,
    exercises: Vec<GradeJson>,
    passed: usize,
    total: usize,
    /// Points of the checks passed, over every exercise graded.
    score: u32,
    max_score: u32,
}

#[derive(Serialize)]
struct GradeJson {
    exercise: String,
    /// The file graded (one exercise only).
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<String>,
    passed: bool,
    /// Points of the checks passed (each check is worth `max_score` points).
    score: u32,
    max_score: u32,
    checks: Vec<CheckJson>,
    diagnostics: Vec<DiagnosticJson>,
    /// Estimated sizes on disk, in bytes (`null` when unknown).
    sizes: SizesJson,
    /// What the build simulation noticed (unknown commands, missing files).
    notes: Vec<NoteJson>,
    /// What the final image holds besides its base (`null` when the file does not parse).
    image: Option<ImageJson>,
}

#[derive(Serialize)]
struct ImageJson {
    base: String,
    files: Vec<FileJson>,
}

#[derive(Serialize)]
struct FileJson {
    path: String,
    size: u64,
    tags: Vec<String>,
    /// The stage a `COPY --from` brought it from.
    from: Option<String>,
}

#[derive(Serialize)]
struct CheckJson {
    id: String,
    passed: bool,
    score: u32,
    max_score: u32,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<String>,
}

#[derive(Serialize)]
struct DiagnosticJson {
    code: &'static str,
    severity: &'static str,
    /// `buildkit-check`, `buildkit-error` or `multistage`.
    origin: &'static str,
    line: usize,
    message: String,
}

#[derive(Serialize)]
struct SizesJson {
    #[serde(rename = "final")]
    final_image: Option<u64>,
    naive: Option<u64>,
}

#[derive(Serialize)]
struct NoteJson {
    line: usize,
    blocking: bool,
    message: String,
}

impl GradeJson {
    fn new(grade: &Grade, lang: Lang) -> GradeJson {
        GradeJson {
            exercise: grade.exercise.clone(),
            file: None,
            passed: grade.passed,
            score: grade.score(),
            max_score: grade.max_score(),
            checks: grade
                .checks
                .iter()
                .map(|check| CheckJson {
                    id: check.id.clone(),
                    passed: check.passed,
                    score: check.score(),
                    max_score: check.points,
                    message: check.message.get(lang).to_string(),
                    detail: check
                        .detail
                        .as_ref()
                        .map(|detail| detail.get(lang).to_string()),
                })
                .collect(),
            diagnostics: grade
                .diagnostics
                .iter()
                .map(|diagnostic| DiagnosticJson {
                    code: diagnostic.code,
                    severity: diagnostic.severity.as_str(),
                    origin: diagnostic.origin.as_str(),
                    line: diagnostic.line,
                    message: diagnostic.message.get(lang).to_string(),
                })
                .collect(),
            sizes: SizesJson {
                final_image: grade.final_size,
                naive: grade.naive_size,
            },
            notes: grade
                .notes
                .iter()
                .map(|note| NoteJson {
                    line: note.line,
                    blocking: note.blocks_build(),
                    message: note.message(lang),
                })
                .collect(),
            image: grade.simulation.as_ref().map(|simulation| {
                let image = simulation.image();
                let mut files: Vec<FileJson> = image
                    .files
                    .entries
                    .iter()
                    .filter(|entry| entry.is_added())
                    .map(|entry| FileJson {
                        path: entry.path.clone(),
                        size: entry.size,
                        tags: entry.tags.iter().map(ToString::to_string).collect(),
                        from: entry.copied_from.map(|stage| simulation.stage_name(stage)),
                    })
                    .collect();
                files.sort_by(|a, b| a.path.cmp(&b.path));
                ImageJson {
                    base: image.base.image.clone(),
                    files,
                }
            }),
        }
    }
}

/// What the final image holds besides its base, one line per entry.
fn contents(simulation: &Simulation, lang: Lang) -> String {
    let mut text = format!(
        "{} ({}){}\n",
        lang.pick("Image finale", "Final image"),
        escape_controls(&simulation.image().base.image),
        lang.colon().trim_end()
    );
    let files = simulation.added_files(lang);
    if files.is_empty() {
        text.push_str(&format!(
            "  {}\n",
            lang.pick(
                "rien d’autre que l’image de base",
                "nothing but the base image"
            )
        ));
    }
    let width = files
        .iter()
        .map(|file| file.path.chars().count())
        .max()
        .unwrap_or(0)
        .min(40);
    for file in files {
        let from = file
            .from
            .map(|stage| format!("  ← {}", escape_controls(&stage)))
            .unwrap_or_default();
        text.push_str(&format!(
            "  {:width$}  {:>9}  {}{from}\n",
            escape_controls(&file.path),
            Size(file.size).display(lang),
            file.what,
        ));
    }
    text
}

/// The checklist a learner reads.
fn human(exercise: &Exercise, grade: &Grade, file: Option<&str>, output: Output) -> String {
    let lang = output.lang;
    let paint = |code: &str, text: &str| {
        if output.colour {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    };
    let mut text = format!(
        "{} · {}\n",
        paint("1", &exercise.id),
        escape_controls(exercise.title(lang))
    );
    if let Some(file) = file {
        text.push_str(&format!(
            "{}{}{}\n",
            lang.pick("Fichier corrigé", "File graded"),
            lang.colon(),
            escape_controls(file)
        ));
    }
    for check in &grade.checks {
        let mark = if check.passed {
            paint("32", "✓")
        } else {
            paint("31", "✗")
        };
        text.push_str(&format!(
            "  {mark} {}\n",
            escape_controls(check.message.get(lang))
        ));
        if let Some(detail) = &check.detail {
            for line in detail.get(lang).lines() {
                text.push_str(&format!("      {}\n", paint("2", &escape_controls(line))));
            }
        }
    }
    if let Some(simulation) = &grade.simulation {
        text.push_str(&contents(simulation, lang));
    }
    match (grade.final_size, grade.naive_size) {
        (Some(size), Some(naive)) if naive > 0 => {
            let change = ((size as f64 / naive as f64 - 1.0) * 100.0).round();
            let sign = if change < 0.0 { "\u{2212}" } else { "+" };
            let percent = lang.pick("\u{a0}%", "%");
            let change = format!("{sign}{}{percent}", change.abs());
            text.push_str(&format!(
                "{}{}{} {} {} ({})\n",
                lang.pick("Taille estimée", "Estimated size"),
                lang.colon(),
                Size(size).display(lang),
                lang.pick("contre", "against"),
                lang.pick(
                    format!(
                        "{} pour l’image naïve à un seul stage",
                        Size(naive).display(lang)
                    ),
                    format!(
                        "{} for the naive single-stage image",
                        Size(naive).display(lang)
                    ),
                ),
                change
            ));
        }
        (Some(size), _) => text.push_str(&format!(
            "{}{}{}\n",
            lang.pick("Taille estimée", "Estimated size"),
            lang.colon(),
            Size(size).display(lang)
        )),
        (None, _) if grade.simulation.is_none() => {}
        (None, _) => text.push_str(&format!(
            "{}\n",
            lang.pick(
                "Taille estimée inconnue (image de base absente du tableau des tailles).",
                "Estimated size unknown (base image missing from the size table)."
            )
        )),
    }
    let word = lang.pick("ligne", "line");
    // Advice stays in the JSON; the checklist shows what needs fixing, and
    // which stages `docker build .` skips (UnusedStage), since checks count
    // only the stages it builds.
    let mut remarks: Vec<(usize, String)> = grade
        .diagnostics
        .iter()
        .filter(|diagnostic| {
            diagnostic.severity != Severity::Info || diagnostic.code == "UnusedStage"
        })
        .map(|diagnostic| {
            (
                diagnostic.line,
                format!(
                    "{}[{}] {}",
                    diagnostic.severity.label(lang),
                    diagnostic.code,
                    diagnostic.message.get(lang)
                ),
            )
        })
        .chain(
            grade
                .notes
                .iter()
                .map(|note| (note.line, note.message(lang))),
        )
        .collect();
    remarks.sort_by_key(|(line, _)| *line);
    remarks.dedup();
    if !remarks.is_empty() {
        text.push_str(&format!(
            "{}{}\n",
            lang.pick("Le correcteur signale", "The checker notes"),
            lang.colon().trim_end()
        ));
        for (line, remark) in remarks {
            text.push_str(&format!("  {word} {line} · {}\n", escape_controls(&remark)));
        }
    }
    let passed = grade.checks.iter().filter(|check| check.passed).count();
    let total = grade.checks.len();
    // A pass with a detail is one the checker could not judge in full.
    let unsure = grade
        .checks
        .iter()
        .filter(|check| check.passed && check.detail.is_some())
        .count();
    if grade.passed && unsure > 0 {
        text.push_str(&lang.pick(
            format!("{passed}/{total} vérifications réussies, dont {unsure} que le correcteur n’a pas pu juger entièrement (voir plus haut)."),
            format!("{passed}/{total} checks passed, {unsure} of which the checker could not fully judge (see above)."),
        ));
    } else if grade.passed {
        text.push_str(&paint(
            "32",
            &lang.pick(
                format!("Bravo\u{a0}! {passed}/{total} vérifications réussies."),
                format!("Well done! {passed}/{total} checks passed."),
            ),
        ));
    } else {
        let number = crate::exercise::short_name(&exercise.id);
        text.push_str(&lang.pick(
            format!("{passed}/{total} vérifications réussies. Besoin d’un coup de pouce\u{a0}? multistage hint {number}"),
            format!("{passed}/{total} checks passed. Need a nudge? multistage hint {number}"),
        ));
    }
    text.push('\n');
    text
}
