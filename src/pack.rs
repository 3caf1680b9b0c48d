//! Teacher packs: a folder with the same shape as the project's own
//! content — `exercises/NN-slug/` (each with `exercise.toml`, `Dockerfile`,
//! `solution.Dockerfile`, and `.dockerignore` with `solution.dockerignore`
//! where the learner writes that file too) and, optionally, lessons in `content/*.md` — plus
//! an optional `pack.toml` (`title`, and `replace_embedded = true` to hand
//! out only the pack's exercises and lessons). `--pack DIR` loads one for
//! the whole process: its files are read once, up front, within the same
//! limits as any input (UTF-8, 1 MiB each), and the exercise catalogue and
//! the lessons then include them. `multistage pack check` validates a pack
//! the way CI would; `pack new` writes a small one to start from.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde::Deserialize;

use crate::exercise::{ExerciseError, is_safe_id};
use crate::i18n::Lang;
use crate::lint::Message;

/// The most a pack file may weigh, as for any input.
const MAX_FILE: u64 = 1024 * 1024;

/// A pack, read into memory.
#[derive(Debug)]
pub struct Pack {
    pub root: PathBuf,
    pub title: Option<String>,
    /// Only the pack's exercises and lessons, not the embedded ones.
    pub replace_embedded: bool,
    /// In id order.
    pub exercises: Vec<PackExercise>,
    /// `(file name for messages, text)` of each lesson, in name order.
    pub lessons: Vec<(String, String)>,
}

/// One exercise folder of a pack.
#[derive(Debug)]
pub struct PackExercise {
    pub id: String,
    /// `DIR/exercises/ID`, for messages.
    pub folder: String,
    /// Its three files, or why one of them cannot be read: the others
    /// are still checked, and the exercise fails with that reason.
    pub files: Result<PackFiles, ExerciseError>,
}

/// The files of a pack's exercise.
#[derive(Debug)]
pub struct PackFiles {
    pub toml: String,
    pub start: String,
    pub solution: String,
    /// `.dockerignore` and `solution.dockerignore`, when the learner writes one.
    pub dockerignore: Option<(String, String)>,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PackFile {
    title: Option<String>,
    #[serde(default)]
    replace_embedded: bool,
}

static ACTIVE: OnceLock<Pack> = OnceLock::new();

/// Makes `pack` the process's pack. Only the first call counts.
pub fn activate(pack: Pack) {
    let _ = ACTIVE.set(pack);
}

/// The pack given with `--pack`, if any.
pub fn active() -> Option<&'static Pack> {
    ACTIVE.get()
}

fn problem(file: &Path, fr: impl Into<String>, en: impl Into<String>) -> ExerciseError {
    ExerciseError {
        file: file.display().to_string(),
        line: 0,
        column: 0,
        message: Message::new(fr, en),
    }
}

/// A file that cannot be read, said in both languages.
fn io_problem(file: &Path, error: &std::io::Error) -> ExerciseError {
    problem(file, Lang::Fr.io_reason(error), Lang::En.io_reason(error))
}

/// Reads a pack file: UTF-8, at most 1 MiB, not a folder or a pipe.
fn read(path: &Path) -> Result<String, ExerciseError> {
    let metadata = fs::metadata(path).map_err(|error| io_problem(path, &error))?;
    if !metadata.is_file() {
        return Err(problem(
            path,
            "pas un fichier ordinaire",
            "not a regular file",
        ));
    }
    if metadata.len() > MAX_FILE {
        return Err(problem(
            path,
            "plus de 1\u{a0}Mio (1\u{a0}Mio au plus)",
            "larger than 1 MiB",
        ));
    }
    let bytes = fs::read(path).map_err(|error| io_problem(path, &error))?;
    String::from_utf8(bytes).map_err(|_| problem(path, "pas en UTF-8", "not UTF-8"))
}

/// The entries of a folder, sorted by name; a missing folder is empty.
fn entries(dir: &Path) -> Result<Vec<PathBuf>, ExerciseError> {
    match fs::read_dir(dir) {
        Ok(read) => {
            let mut paths: Vec<PathBuf> = read
                .map(|entry| entry.map(|entry| entry.path()))
                .collect::<Result<_, _>>()
                .map_err(|error| io_problem(dir, &error))?;
            paths.sort();
            Ok(paths)
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(error) => Err(io_problem(dir, &error)),
    }
}

/// Reads the pack in `root`. Errors name the file (and, for TOML, the line
/// and column); nothing is graded here (see `pack check`).
pub fn load(root: &Path) -> Result<Pack, ExerciseError> {
    if !root.is_dir() {
        return Err(problem(root, "dossier introuvable", "no such folder"));
    }
    let settings_path = root.join("pack.toml");
    let settings = if settings_path.exists() {
        let text = read(&settings_path)?;
        let file = settings_path.display().to_string();
        toml::from_str::<PackFile>(&text)
            .map_err(|error| ExerciseError::toml(&file, &text, &error))?
    } else {
        PackFile::default()
    };
    let mut exercises = Vec::new();
    for folder in entries(&root.join("exercises"))? {
        if !folder.is_dir() {
            continue;
        }
        let name = folder
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or_default()
            .to_string();
        if !is_safe_id(&name) {
            return Err(problem(
                &folder,
                "le nom d’un dossier d’exercice est son id\u{a0}: minuscules, chiffres et tirets",
                "an exercise folder's name is its id: lower-case letters, digits and dashes",
            ));
        }
        let files = (|| {
            let dockerignore = match (
                folder.join(".dockerignore").exists(),
                folder.join("solution.dockerignore").exists(),
            ) {
                (false, false) => None,
                _ => Some((
                    read(&folder.join(".dockerignore"))?,
                    read(&folder.join("solution.dockerignore"))?,
                )),
            };
            Ok(PackFiles {
                toml: read(&folder.join("exercise.toml"))?,
                start: read(&folder.join("Dockerfile"))?,
                solution: read(&folder.join("solution.Dockerfile"))?,
                dockerignore,
            })
        })();
        exercises.push(PackExercise {
            files,
            folder: folder.display().to_string(),
            id: name,
        });
    }
    let mut lessons = Vec::new();
    for file in entries(&root.join("content"))? {
        if file.extension().is_some_and(|extension| extension == "md") {
            lessons.push((file.display().to_string(), read(&file)?));
        }
    }
    if exercises.is_empty() && lessons.is_empty() {
        return Err(problem(
            root,
            "un pack contient des dossiers exercises/<id>/ ou des leçons content/*.md, et celui-ci n’a ni les uns ni les autres",
            "a pack holds exercises/<id>/ folders or content/*.md lessons, and this one has neither",
        ));
    }
    if !settings.replace_embedded {
        let embedded = crate::exercise::embedded_ids();
        if let Some(taken) = exercises.iter().find(|e| embedded.contains(&e.id.as_str())) {
            return Err(problem(
                Path::new(&taken.folder),
                format!(
                    "`{}` est déjà un exercice intégré\u{a0}: renommez-le, ou mettez `replace_embedded = true` dans pack.toml",
                    taken.id
                ),
                format!(
                    "`{}` is already an embedded exercise: rename it, or set `replace_embedded = true` in pack.toml",
                    taken.id
                ),
            ));
        }
    }
    Ok(Pack {
        root: root.to_path_buf(),
        title: settings.title,
        replace_embedded: settings.replace_embedded,
        exercises,
        lessons,
    })
}

/// The example pack `pack new` writes: one lesson and one exercise, which
/// `pack check` accepts.
pub const EXAMPLE: &[(&str, &str)] = &[
    ("pack.toml", include_str!("../docs/example-pack/pack.toml")),
    (
        "content/01-ma-lecon.md",
        include_str!("../docs/example-pack/content/01-ma-lecon.md"),
    ),
    (
        "exercises/90-mon-exercice/exercise.toml",
        include_str!("../docs/example-pack/exercises/90-mon-exercice/exercise.toml"),
    ),
    (
        "exercises/90-mon-exercice/Dockerfile",
        include_str!("../docs/example-pack/exercises/90-mon-exercice/Dockerfile"),
    ),
    (
        "exercises/90-mon-exercice/solution.Dockerfile",
        include_str!("../docs/example-pack/exercises/90-mon-exercice/solution.Dockerfile"),
    ),
];
