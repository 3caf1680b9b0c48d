//! Exercises: one folder each (`exercises/NN-slug/`, embedded in the
//! binary; `parse_exercise` reads any folder of that shape) with `exercise.toml` — title, the lesson it
//! follows, markdown instructions, ordered hints, the scenario of the build
//! and the checks —, the starting `Dockerfile` and `solution.Dockerfile`.
//! Reading is strict: unknown keys and bad values are errors naming the
//! file, line and column. Grading is in `grade.rs`, the check vocabulary in
//! `checks/`.

pub mod checks;
mod grade;

use std::fmt;
use std::sync::OnceLock;

use include_dir::{Dir, include_dir};
use serde::Deserialize;

use crate::i18n::Lang;
use crate::lint::Message;
use crate::safe_text::{escape_controls, escape_controls_keep_lines};
use crate::simulate::Scenario;

pub use checks::Check;
pub use grade::{CheckResult, Grade, grade, grade_files};

static EXERCISES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/exercises");

/// One check of an exercise: its id, its goal, and the test.
#[derive(Debug, Clone)]
pub struct CheckSpec {
    pub id: String,
    /// What the check is worth, for partial credit (1 unless the exercise says).
    pub points: u32,
    /// The goal, stated affirmatively (shown with ✓ or ✗).
    pub message: Message,
    pub check: Check,
}

/// An exercise, ready to grade.
#[derive(Debug, Clone)]
pub struct Exercise {
    pub id: String,
    pub title: Message,
    /// Slug of the lesson it follows.
    pub lesson: String,
    pub instructions: Message,
    pub hints: Vec<Message>,
    pub scenario: Scenario,
    pub checks: Vec<CheckSpec>,
    /// The learner's starting point.
    pub start: String,
    pub solution: String,
    /// The project's `.dockerignore`, when the learner writes it too: its
    /// patterns then replace the scenario's.
    pub dockerignore: Option<LearnerDockerignore>,
    /// The naive image's estimated size, worked out once: grading runs
    /// after every keystroke in the editor, the naive Dockerfile never changes.
    naive_size: OnceLock<Option<u64>>,
}

impl Exercise {
    /// The single-stage Dockerfile sizes are compared with.
    pub fn naive(&self) -> &str {
        self.scenario.naive.as_deref().unwrap_or(&self.start)
    }

    /// The estimated size of the naive single-stage image.
    pub fn naive_size(&self) -> Option<u64> {
        *self
            .naive_size
            .get_or_init(|| grade::estimated_size(self.naive(), self))
    }

    pub fn title(&self, lang: Lang) -> &str {
        self.title.get(lang)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExerciseFile {
    id: String,
    title: String,
    title_en: Option<String>,
    lesson: String,
    instructions: String,
    instructions_en: Option<String>,
    #[serde(default)]
    hints: Vec<String>,
    #[serde(default)]
    hints_en: Vec<String>,
    #[serde(default)]
    scenario: Scenario,
    #[serde(default)]
    checks: Vec<toml::Spanned<toml::Table>>,
}

/// An exercise that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExerciseError {
    pub file: String,
    /// 1-based; 0 when the problem is the file as a whole (missing, not UTF-8).
    pub line: usize,
    pub column: usize,
    /// What is wrong, for the teacher, in both interface languages.
    pub message: Message,
}

impl ExerciseError {
    /// A TOML file that does not read, at the line and column toml gives.
    pub(crate) fn toml(file: &str, text: &str, error: &toml::de::Error) -> ExerciseError {
        let (line, column) = error
            .span()
            .map_or((1, 1), |span| location(text, span.start));
        let problem = error.message();
        let problem_fr = crate::i18n::serde_problem_fr(problem);
        ExerciseError {
            file: file.to_string(),
            line,
            column,
            message: Message::new(
                format!("TOML illisible ({problem_fr})"),
                format!("invalid TOML ({problem})"),
            ),
        }
    }

    /// `file:line:column: message` in `lang`, escaped for the terminal.
    pub fn describe(&self, lang: Lang) -> String {
        let file = escape_controls(&self.file);
        let message = escape_controls(self.message.get(lang));
        if self.line == 0 {
            // A problem with the file as a whole: no position to give.
            format!("{file}{}{message}", lang.colon())
        } else {
            format!(
                "{file}:{}:{}{}{message}",
                self.line,
                self.column,
                lang.colon()
            )
        }
    }
}

impl fmt::Display for ExerciseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl std::error::Error for ExerciseError {}

/// 1-based line and column of a byte offset.
fn location(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Whether `id` is safe as a folder name: lower-case letters, digits and
/// dashes, so it can never point outside a workspace.
pub fn is_safe_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Reads one exercise from its folder's three files.
pub fn parse_exercise(
    folder: &str,
    toml_text: &str,
    start: &str,
    solution: &str,
) -> Result<Exercise, ExerciseError> {
    let file = format!("{folder}/exercise.toml");
    let error = |(line, column): (usize, usize), message: Message| ExerciseError {
        file: file.clone(),
        line,
        column,
        message,
    };
    let raw: ExerciseFile = toml::from_str(toml_text)
        .map_err(|toml_error| ExerciseError::toml(&file, toml_text, &toml_error))?;
    let folder_name = folder.rsplit('/').next().unwrap_or(folder);
    if !is_safe_id(&raw.id) {
        return Err(error(
            (1, 1),
            Message::new(
                format!(
                    "l’id `{}` doit s’écrire en minuscules, chiffres et tirets",
                    raw.id
                ),
                format!(
                    "the id `{}` must be lower-case letters, digits and dashes",
                    raw.id
                ),
            ),
        ));
    }
    if raw.id != folder_name {
        return Err(error(
            (1, 1),
            Message::new(
                format!(
                    "l’id `{}` doit être le nom du dossier, `{folder_name}`",
                    raw.id
                ),
                format!(
                    "the id `{}` must be the folder's name, `{folder_name}`",
                    raw.id
                ),
            ),
        ));
    }
    if !raw.hints_en.is_empty() && raw.hints_en.len() != raw.hints.len() {
        return Err(error(
            (1, 1),
            Message::new(
                format!(
                    "`hints_en` a {} indices, `hints` en a {}",
                    raw.hints_en.len(),
                    raw.hints.len()
                ),
                format!(
                    "`hints_en` has {} hints, `hints` has {}",
                    raw.hints_en.len(),
                    raw.hints.len()
                ),
            ),
        ));
    }
    let mut checks: Vec<CheckSpec> = Vec::with_capacity(raw.checks.len());
    // Where each line starts: every check's position is then a lookup,
    // not a scan of the file from its top.
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(toml_text.match_indices('\n').map(|(at, _)| at + 1))
        .collect();
    for spanned in raw.checks {
        let offset = spanned.span().start.min(toml_text.len());
        let line = line_starts.partition_point(|&start| start <= offset);
        let line_start = line_starts[line - 1];
        let column = toml_text[line_start..offset].chars().count() + 1;
        let at = (line, column);
        let mut table = spanned.into_inner();
        let mut text_field = |name: &str| -> Result<Option<String>, ExerciseError> {
            match table.remove(name) {
                None => Ok(None),
                Some(toml::Value::String(text)) => Ok(Some(text)),
                Some(_) => Err(error(
                    at,
                    Message::new(
                        format!("`{name}` doit être un texte"),
                        format!("`{name}` must be a string"),
                    ),
                )),
            }
        };
        let id = text_field("id")?.ok_or_else(|| {
            error(
                at,
                Message::new(
                    "une vérification a besoin d’un `id`",
                    "a check needs an `id`",
                ),
            )
        })?;
        let message = text_field("message")?.ok_or_else(|| {
            error(
                at,
                Message::new(
                    format!("la vérification `{id}` a besoin d’un `message` (en français)"),
                    format!("the check `{id}` needs a `message` (French)"),
                ),
            )
        })?;
        let message_en = text_field("message_en")?;
        let points = match table.remove("points") {
            None => 1,
            Some(toml::Value::Integer(points @ 1..=100)) => points as u32,
            Some(_) => {
                return Err(error(
                    at,
                    Message::new(
                        format!(
                            "vérification `{id}`\u{a0}: `points` doit être un entier de 1 à 100"
                        ),
                        format!("check `{id}`: `points` must be a whole number from 1 to 100"),
                    ),
                ));
            }
        };
        if !is_safe_id(&id) {
            return Err(error(
                at,
                Message::new(
                    format!(
                        "l’id de vérification `{id}` doit s’écrire en minuscules, chiffres et tirets"
                    ),
                    format!("the check id `{id}` must be lower-case letters, digits and dashes"),
                ),
            ));
        }
        if checks.iter().any(|other| other.id == id) {
            return Err(error(
                at,
                Message::new(
                    format!("deux vérifications ont l’id `{id}`"),
                    format!("two checks have the id `{id}`"),
                ),
            ));
        }
        let check = Check::deserialize(table).map_err(|toml_error| {
            let problem = toml_error.message();
            // serde lists the fields of the check's kind only.
            let (fr_more, en_more) = if problem.contains("unknown field") {
                (
                    " (et, pour toute vérification\u{a0}: `id`, `message`, `message_en`, `points`)",
                    " (and, for every check: `id`, `message`, `message_en`, `points`)",
                )
            } else {
                ("", "")
            };
            error(
                at,
                Message::new(
                    format!(
                        "vérification `{id}`\u{a0}: {}{fr_more}",
                        crate::i18n::serde_problem_fr(problem)
                    ),
                    format!("check `{id}`: {problem}{en_more}"),
                ),
            )
        })?;
        check.validate().map_err(|problem| {
            error(
                at,
                Message::new(
                    format!("vérification `{id}`\u{a0}: {}", problem.fr),
                    format!("check `{id}`: {}", problem.en),
                ),
            )
        })?;
        checks.push(CheckSpec {
            id,
            points,
            message: both(message, message_en),
            check,
        });
    }
    if checks.is_empty() {
        return Err(error(
            (1, 1),
            Message::new(
                "un exercice a besoin d’au moins une `[[checks]]`",
                "an exercise needs at least one `[[checks]]`",
            ),
        ));
    }
    let hints_en = raw.hints_en;
    let hints = raw
        .hints
        .into_iter()
        .enumerate()
        .map(|(i, hint)| both(hint, hints_en.get(i).cloned()))
        .collect();
    Ok(Exercise {
        id: raw.id,
        title: both(raw.title, raw.title_en),
        lesson: raw.lesson,
        instructions: both(raw.instructions, raw.instructions_en),
        hints,
        scenario: raw.scenario,
        checks,
        start: start.to_string(),
        solution: solution.to_string(),
        dockerignore: None,
        naive_size: OnceLock::new(),
    })
}

/// An exercise's `.dockerignore` when the learner edits it beside the
/// Dockerfile: its start (`.dockerignore` in the folder) and a solution
/// (`solution.dockerignore`).
#[derive(Debug, Clone)]
pub struct LearnerDockerignore {
    pub start: String,
    pub solution: String,
}

/// The name of the learner's second file, beside their `Dockerfile`.
pub const DOCKERIGNORE: &str = ".dockerignore";

/// A text in French, with its English version when there is one (else the
/// French one stands in), escaped for the terminal (line breaks kept).
fn both(fr: String, en: Option<String>) -> Message {
    let en = en.unwrap_or_else(|| fr.clone());
    Message::new(
        escape_controls_keep_lines(&fr).into_owned(),
        escape_controls_keep_lines(&en).into_owned(),
    )
}

/// An exercise folder, read only when asked: `check ID` parses one
/// `exercise.toml`, not twelve. Embedded in the binary, or from the pack
/// given with `--pack` (read once, up front).
#[derive(Clone, Copy)]
pub struct Folder {
    pub id: &'static str,
    files: Files,
}

#[derive(Clone, Copy)]
enum Files {
    Embedded(&'static Dir<'static>),
    Pack(&'static crate::pack::PackExercise),
}

impl Folder {
    fn file(&self, name: &str) -> Result<&'static str, ExerciseError> {
        match self.files {
            Files::Embedded(dir) => dir
                .get_file(dir.path().join(name))
                .and_then(|file| file.contents_utf8())
                .ok_or_else(|| ExerciseError {
                    file: format!("exercises/{}/{name}", self.id),
                    line: 1,
                    column: 1,
                    message: Message::new("absent ou pas en UTF-8", "missing or not UTF-8"),
                }),
            Files::Pack(exercise) => {
                let files = exercise.files.as_ref().map_err(Clone::clone)?;
                Ok(match name {
                    "exercise.toml" => &files.toml,
                    "Dockerfile" => &files.start,
                    _ => &files.solution,
                })
            }
        }
    }

    /// A file the folder may lack: the `.dockerignore` pair.
    fn optional_file(&self, name: &str) -> Result<Option<&'static str>, ExerciseError> {
        match self.files {
            Files::Embedded(dir) => Ok(dir
                .get_file(dir.path().join(name))
                .and_then(|file| file.contents_utf8())),
            Files::Pack(exercise) => {
                let files = exercise.files.as_ref().map_err(Clone::clone)?;
                Ok(files.dockerignore.as_ref().map(|(start, solution)| {
                    if name == DOCKERIGNORE {
                        start.as_str()
                    } else {
                        solution.as_str()
                    }
                }))
            }
        }
    }

    /// The starting `.dockerignore`, where the learner writes one.
    pub fn start_dockerignore(&self) -> Result<Option<&'static str>, ExerciseError> {
        self.optional_file(DOCKERIGNORE)
    }

    /// The `.dockerignore` pair, when the folder has one.
    fn dockerignore(&self) -> Result<Option<LearnerDockerignore>, ExerciseError> {
        match (
            self.optional_file(DOCKERIGNORE)?,
            self.optional_file("solution.dockerignore")?,
        ) {
            (None, None) => Ok(None),
            (Some(start), Some(solution)) => Ok(Some(LearnerDockerignore {
                start: start.to_string(),
                solution: solution.to_string(),
            })),
            _ => Err(ExerciseError {
                file: format!("{}/{DOCKERIGNORE}", self.path()),
                line: 1,
                column: 1,
                message: Message::new(
                    "`.dockerignore` et `solution.dockerignore` vont ensemble\u{a0}: l’un n’est rien sans l’autre",
                    "`.dockerignore` and `solution.dockerignore` go together: one is nothing without the other",
                ),
            }),
        }
    }

    /// Where the folder is, for messages.
    fn path(&self) -> String {
        match self.files {
            Files::Embedded(_) => format!("exercises/{}", self.id),
            Files::Pack(exercise) => exercise.folder.clone(),
        }
    }

    /// The starting Dockerfile, without reading the rest.
    pub fn start(&self) -> Result<&'static str, ExerciseError> {
        self.file("Dockerfile")
    }

    pub fn load(&self) -> Result<Exercise, ExerciseError> {
        let mut exercise = parse_exercise(
            &self.path(),
            self.file("exercise.toml")?,
            self.start()?,
            self.file("solution.Dockerfile")?,
        )?;
        exercise.dockerignore = self.dockerignore()?;
        Ok(exercise)
    }
}

/// The embedded exercise folders, in order.
fn embedded_folders() -> Vec<Folder> {
    let mut folders: Vec<Folder> = EXERCISES
        .dirs()
        .filter_map(|dir| {
            let id = dir.path().to_str()?;
            Some(Folder {
                id,
                files: Files::Embedded(dir),
            })
        })
        .collect();
    folders.sort_by_key(|folder| folder.id);
    folders
}

/// The ids of the embedded exercises.
pub fn embedded_ids() -> Vec<&'static str> {
    embedded_folders().iter().map(|folder| folder.id).collect()
}

/// Every exercise folder, in order: the embedded ones, then the pack's
/// (or the pack's alone, when it replaces them).
pub fn folders() -> Vec<Folder> {
    folders_with(crate::pack::active())
}

/// The exercise folders with `pack` in place of the process's: a class
/// report grades each workspace with the pack it was handed out with.
pub fn folders_with(pack: Option<&'static crate::pack::Pack>) -> Vec<Folder> {
    let mut folders = if pack.is_some_and(|pack| pack.replace_embedded) {
        Vec::new()
    } else {
        embedded_folders()
    };
    if let Some(pack) = pack {
        folders.extend(pack.exercises.iter().map(|exercise| Folder {
            id: &exercise.id,
            files: Files::Pack(exercise),
        }));
    }
    folders
}

/// Every exercise (embedded, and the pack's), in order.
pub fn all() -> Result<Vec<Exercise>, ExerciseError> {
    folders().iter().map(Folder::load).collect()
}

/// Every exercise with `pack` in place of the process's.
pub fn all_with(pack: Option<&'static crate::pack::Pack>) -> Result<Vec<Exercise>, ExerciseError> {
    folders_with(pack).iter().map(Folder::load).collect()
}

/// Puts `exercises` in the order a learner meets them: lesson by lesson,
/// each lesson's in the order its front matter lists them, then by id.
/// Exercises of no known lesson (a pack's) come last. Ids stay as they
/// are: teachers' scripts and grade sheets name them.
pub fn sort_in_lesson_order(exercises: &mut [Exercise], lessons: &[crate::content::Lesson]) {
    exercises.sort_by_cached_key(|exercise| {
        let lesson = lessons
            .iter()
            .position(|lesson| lesson.slug == exercise.lesson)
            .unwrap_or(usize::MAX);
        let within = lessons
            .get(lesson)
            .and_then(|lesson| lesson.exercises.iter().position(|id| *id == exercise.id))
            .unwrap_or(usize::MAX);
        (lesson, within, exercise.id.clone())
    });
}

/// The id a learner means: the full id, its number (`3`, `03`) or the
/// start of the id or of its name, when only one matches.
pub fn find_id<'a>(ids: &[&'a str], query: &str) -> Option<&'a str> {
    if let Some(exact) = ids.iter().find(|id| **id == query) {
        return Some(exact);
    }
    if let Ok(number) = query.parse::<u32>() {
        // A pack may number its exercises like the embedded ones: a number
        // two exercises share names neither.
        let mut numbered = ids.iter().copied().filter(|id| {
            id.split('-')
                .next()
                .and_then(|prefix| prefix.parse::<u32>().ok())
                == Some(number)
        });
        return match (numbered.next(), numbered.next()) {
            (Some(only), None) => Some(only),
            _ => None,
        };
    }
    match candidates(ids, query).as_slice() {
        [only] => Some(only),
        _ => None,
    }
}

/// The shortest way to name `id` on the command line: its number when no
/// other exercise has it, else the whole id.
pub fn short_name(id: &str) -> String {
    let folders = folders();
    let ids: Vec<&str> = folders.iter().map(|folder| folder.id).collect();
    let number = id.split('-').next().unwrap_or(id);
    if number != id && find_id(&ids, number) == Some(id) {
        number.to_string()
    } else {
        id.to_string()
    }
}

/// The ids a query could mean, by the start of the id or of its name.
pub fn candidates<'a>(ids: &[&'a str], query: &str) -> Vec<&'a str> {
    ids.iter()
        .copied()
        .filter(|id| {
            id.starts_with(query)
                || id
                    .split_once('-')
                    .is_some_and(|(_, name)| name.starts_with(query))
        })
        .collect()
}

/// The exercise a learner names (see [`find_id`]).
pub fn find<'a>(exercises: &'a [Exercise], query: &str) -> Option<&'a Exercise> {
    let ids: Vec<&str> = exercises
        .iter()
        .map(|exercise| exercise.id.as_str())
        .collect();
    let id = find_id(&ids, query)?;
    exercises.iter().find(|exercise| exercise.id == id)
}

#[cfg(test)]
mod tests;
