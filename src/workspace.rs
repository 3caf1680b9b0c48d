//! The learner's workspace: a folder with one sub-folder per exercise
//! holding their `Dockerfile` (and `.dockerignore` where an exercise asks
//! for one), and a marker file. `multistage init [DIR]`
//! writes one (default `./multistage-exercices/`); run inside it, the
//! tutorial uses it; elsewhere it uses `exercices/` in the data folder,
//! created on first use. Starting files never overwrite the learner's;
//! `reset` keeps a dated backup; every write is atomic. Exercise ids are
//! checked safe before they become paths, so none can escape the folder.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::exercise::{Exercise, is_safe_id};
use crate::i18n::Lang;
use crate::progress::{data_dir, unix_seconds, write_atomically};

/// Writes a learner's Dockerfile: atomically where the folder allows it,
/// keeping the file's permissions; in place when the folder refuses new
/// files but the file itself may be written; through a symbolic link to
/// its target; never over a file the learner made read-only.
pub fn save_learner_file(path: &Path, text: &str) -> io::Result<()> {
    match fs::symlink_metadata(path) {
        Ok(metadata) if metadata.file_type().is_symlink() => fs::write(path, text),
        Ok(metadata) if metadata.permissions().readonly() => Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            "read-only file",
        )),
        Ok(metadata) => match write_atomically(path, text.as_bytes()) {
            Ok(()) => fs::set_permissions(path, metadata.permissions()),
            Err(error) if error.kind() == io::ErrorKind::PermissionDenied => fs::write(path, text),
            Err(error) => Err(error),
        },
        Err(_) => write_atomically(path, text.as_bytes()),
    }
}

/// Keeps `text`, which could not be saved where it belongs, in the data
/// folder's `rescued/`; returns where.
pub fn rescue(id: &str, text: &str) -> io::Result<PathBuf> {
    let dir = data_dir()
        .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no data folder"))?
        .join("rescued");
    let id = if is_safe_id(id) { id } else { "exercise" };
    let path = dir.join(format!("{id}-{}.Dockerfile", unix_seconds()));
    write_atomically(&path, text.as_bytes())?;
    Ok(path)
}

/// An exercise's id and its starting files: what a workspace is made of.
#[derive(Debug, Clone, Copy)]
pub struct StartingFile<'a> {
    pub id: &'a str,
    pub dockerfile: &'a str,
    /// The starting `.dockerignore`, for an exercise where the learner writes one.
    pub dockerignore: Option<&'a str>,
}

impl<'a> StartingFile<'a> {
    pub fn of(exercise: &'a Exercise) -> StartingFile<'a> {
        StartingFile {
            id: &exercise.id,
            dockerfile: &exercise.start,
            dockerignore: exercise
                .dockerignore
                .as_ref()
                .map(|files| files.start.as_str()),
        }
    }
}

/// The file that marks a workspace's root.
pub const MARKER: &str = ".multistage-workspace";
/// Where `init` writes without a folder given.
pub const DEFAULT_DIR: &str = "multistage-exercices";

const MARKER_TEXT: &str = "\
# Espace de travail de multistage\u{a0}: un dossier par exercice, avec votre Dockerfile.
# multistage workspace: one folder per exercise, with your Dockerfile.
version = 1
";

/// The workspace's own explanation, for a learner who opens the folder
/// (or runs `docker build` in it) without the tutorial.
const README: &str = "LISEZMOI.md";
const README_TEXT: &str = "\
# Vos exercices multistage

Chaque dossier est un exercice\u{a0}: son `Dockerfile` est le vôtre, à
améliorer (et, pour l’exercice 17, son `.dockerignore`).

Le projet que ce Dockerfile construit (`package.json`, `src/`, `go.mod`…)
n’est pas là\u{a0}: le correcteur de multistage le simule, d’après l’énoncé de
l’exercice. Un `docker build` dans ces dossiers échouerait donc faute de
fichiers. Pour essayer pour de vrai, reprenez votre Dockerfile dans un
projet qui a ces fichiers.

    multistage list           la progression
    multistage exercise 01    ouvrir l’exercice 01 dans le tutoriel
    multistage check 01       le corriger en ligne de commande
    multistage hint 01        un indice de plus

---

# Your multistage exercises

Each folder is an exercise: its `Dockerfile` is yours to improve (and, for
exercise 17, its `.dockerignore`). The project it builds is not here: the
multistage checker simulates it from the exercise's brief, so `docker
build` in these folders would fail for want of files. Run `multistage
--lang en list` to begin.
";

/// A workspace on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Workspace {
    pub root: PathBuf,
}

/// Why a workspace cannot be used.
#[derive(Debug)]
pub enum WorkspaceError {
    /// No data folder could be found (no `$HOME`).
    NoDataDir,
    /// An id that could name a path outside the workspace.
    UnsafeId(String),
    Io {
        path: PathBuf,
        error: io::Error,
    },
}

impl WorkspaceError {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            WorkspaceError::NoDataDir => lang
                .pick(
                    "impossible de trouver un dossier de données (ni $HOME ni $MULTISTAGE_HOME)\u{a0}: lancez `multistage init DOSSIER`",
                    "no data folder found (neither $HOME nor $MULTISTAGE_HOME): run `multistage init FOLDER`",
                )
                .to_string(),
            WorkspaceError::UnsafeId(id) => format!(
                "{}{}",
                lang.quote(&crate::safe_text::escape_controls(id)),
                lang.pick(
                    "\u{a0}: identifiant d’exercice refusé (lettres minuscules, chiffres et tirets seulement)",
                    ": exercise id refused (lower-case letters, digits and dashes only)",
                )
            ),
            WorkspaceError::Io { path, error } => {
                let path = crate::safe_text::escape_controls(&path.display().to_string()).into_owned();
                let reason = lang.io_reason(error);
                format!("{path}{}{reason}", lang.colon())
            }
        }
    }
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> WorkspaceError + '_ {
    move |error| WorkspaceError::Io {
        path: path.to_path_buf(),
        error,
    }
}

/// What `init` or `ensure` did.
#[derive(Debug, Default)]
pub struct Written {
    /// Exercise ids whose starting Dockerfile was written.
    pub created: Vec<String>,
    /// Exercise ids whose file was already there and left alone.
    pub kept: Vec<String>,
    /// What could not be written.
    pub failed: Vec<WorkspaceError>,
}

impl Workspace {
    /// The workspace holding `dir` (it or one of its parents has the marker).
    pub fn around(dir: &Path) -> Option<Workspace> {
        dir.ancestors()
            .find(|ancestor| ancestor.join(MARKER).is_file())
            .map(|root| Workspace {
                root: root.to_path_buf(),
            })
    }

    /// The workspace to use from the current folder: the one around it, as
    /// it is (it may be a student's, being graded), else the one in the data
    /// folder, created and completed on use.
    pub fn locate(starts: &[StartingFile<'_>]) -> Result<Workspace, WorkspaceError> {
        if let Some(found) = std::env::current_dir()
            .ok()
            .and_then(|cwd| Workspace::around(&cwd))
        {
            return Ok(found);
        }
        let root = data_dir()
            .ok_or(WorkspaceError::NoDataDir)?
            .join("exercices");
        let workspace = Workspace { root };
        workspace.ensure(starts)?;
        Ok(workspace)
    }

    /// Whether `dir` holds exercise folders without being a workspace (a
    /// clone without its marker): grading elsewhere would surprise.
    pub fn looks_like_one(dir: &Path, starts: &[StartingFile<'_>]) -> bool {
        Workspace::around(dir).is_none()
            && starts
                .iter()
                .any(|start| dir.join(start.id).join("Dockerfile").is_file())
    }

    /// Creates (or completes) a workspace in `root`.
    pub fn init(
        root: &Path,
        starts: &[StartingFile<'_>],
    ) -> Result<(Workspace, Written), WorkspaceError> {
        let workspace = Workspace {
            root: root.to_path_buf(),
        };
        let written = workspace.ensure(starts)?;
        Ok((workspace, written))
    }

    /// Writes the marker and every missing starting Dockerfile, with its
    /// `.dockerignore` where the exercise has one (not again once the
    /// Dockerfile is there: a learner may delete it, as in a real project).
    pub fn ensure(&self, starts: &[StartingFile<'_>]) -> Result<Written, WorkspaceError> {
        fs::create_dir_all(&self.root).map_err(io_error(&self.root))?;
        let marker = self.root.join(MARKER);
        if !marker.is_file() {
            write_atomically(&marker, MARKER_TEXT.as_bytes()).map_err(io_error(&marker))?;
        }
        let readme = self.root.join(README);
        if !readme.exists() {
            write_atomically(&readme, README_TEXT.as_bytes()).map_err(io_error(&readme))?;
        }
        // One exercise that cannot be written does not stop the others.
        let mut written = Written::default();
        for start in starts {
            let file = self.file(start.id)?;
            if file.exists() {
                written.kept.push(start.id.to_string());
                continue;
            }
            let dockerignore = self.dockerignore_file(start.id)?;
            let result = write_atomically(&file, start.dockerfile.as_bytes())
                .map_err(io_error(&file))
                .and_then(|()| match start.dockerignore {
                    Some(text) => write_atomically(&dockerignore, text.as_bytes())
                        .map_err(io_error(&dockerignore)),
                    None => Ok(()),
                });
            match result {
                Ok(()) => written.created.push(start.id.to_string()),
                Err(error) => written.failed.push(error),
            }
        }
        Ok(written)
    }

    /// The learner's Dockerfile for an exercise.
    pub fn file(&self, id: &str) -> Result<PathBuf, WorkspaceError> {
        if !is_safe_id(id) {
            return Err(WorkspaceError::UnsafeId(id.to_string()));
        }
        Ok(self.root.join(id).join("Dockerfile"))
    }

    /// The learner's `.dockerignore` for an exercise, beside the Dockerfile.
    pub fn dockerignore_file(&self, id: &str) -> Result<PathBuf, WorkspaceError> {
        Ok(self.file(id)?.with_file_name(crate::exercise::DOCKERIGNORE))
    }

    /// Puts the starting files back; the learner's are kept beside them
    /// (`Dockerfile.bak-<seconds>`, `.dockerignore.bak-<seconds>`), whose
    /// paths are returned.
    pub fn reset(&self, exercise: &Exercise) -> Result<Vec<PathBuf>, WorkspaceError> {
        let start = StartingFile::of(exercise);
        let mut backups = Vec::new();
        let mut files = vec![(self.file(&exercise.id)?, start.dockerfile)];
        if let Some(text) = start.dockerignore {
            files.push((self.dockerignore_file(&exercise.id)?, text));
        }
        for (file, text) in files {
            if let Some(backup) = back_up(&file, text)? {
                backups.push(backup);
            }
            write_atomically(&file, text.as_bytes()).map_err(io_error(&file))?;
        }
        Ok(backups)
    }

    /// The pack this workspace was made with (`init --pack`), if any: the
    /// commands run inside it then load it without being told. Recorded
    /// relative to the workspace (older workspaces hold an absolute path).
    pub fn pack(&self) -> Option<PathBuf> {
        let text = fs::read_to_string(self.root.join(MARKER)).ok()?;
        let table: toml::Table = toml::from_str(&text).ok()?;
        let recorded = PathBuf::from(table.get("pack")?.as_str()?);
        Some(if recorded.is_absolute() {
            recorded
        } else {
            self.root.join(recorded)
        })
    }

    /// Records `pack` in the marker, relative to the workspace, so that the
    /// workspace and its pack can move or be cloned together.
    pub fn remember_pack(&self, pack: &Path) -> Result<(), WorkspaceError> {
        let marker = self.root.join(MARKER);
        let pack = pack.canonicalize().unwrap_or_else(|_| pack.to_path_buf());
        let root = self
            .root
            .canonicalize()
            .unwrap_or_else(|_| self.root.clone());
        let recorded = match relative_path(&pack, &root) {
            // `/` between components on every system: a workspace committed
            // on one is read on another.
            Some(relative) => relative
                .components()
                .map(|part| part.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/"),
            None => pack.display().to_string(),
        };
        let value = toml::Value::String(recorded);
        let text = format!("{MARKER_TEXT}pack = {value}\n");
        write_atomically(&marker, text.as_bytes()).map_err(io_error(&marker))
    }

    /// Whether the learner has started an exercise: one of its files
    /// exists and differs from the starting one.
    pub fn started(&self, start: &StartingFile<'_>) -> bool {
        let changed = |path: Result<PathBuf, WorkspaceError>, text: &str| {
            path.ok()
                .and_then(|path| fs::read_to_string(path).ok())
                .is_some_and(|own| own != text)
        };
        changed(self.file(start.id), start.dockerfile)
            || start
                .dockerignore
                .is_some_and(|text| changed(self.dockerignore_file(start.id), text))
    }

    /// The exercise the learner is in, when the current folder is one of the workspace's.
    pub fn exercise_here(&self, cwd: &Path) -> Option<String> {
        let relative = cwd.strip_prefix(&self.root).ok()?;
        let first = relative.components().next()?;
        let id = first.as_os_str().to_str()?;
        is_safe_id(id).then(|| id.to_string())
    }
}

/// `path` seen from `base` (both absolute): `../../monpack`. None when they
/// share no root (another drive on Windows).
fn relative_path(path: &Path, base: &Path) -> Option<PathBuf> {
    let path: Vec<_> = path.components().collect();
    let base: Vec<_> = base.components().collect();
    if path.first() != base.first() {
        return None;
    }
    let common = path.iter().zip(&base).take_while(|(a, b)| a == b).count();
    let mut relative = PathBuf::new();
    for _ in common..base.len() {
        relative.push("..");
    }
    for part in &path[common..] {
        relative.push(part);
    }
    if relative.as_os_str().is_empty() {
        relative.push(".");
    }
    Some(relative)
}

/// Keeps what `file` holds beside it (`NAME.bak-<seconds>`) before the
/// learner's version is written over it: a change made by another program
/// that the learner chose not to take.
pub fn keep_copy(file: &Path) -> io::Result<Option<PathBuf>> {
    // The system's own error, which the interface words in its language.
    back_up(file, "").map_err(|error| match error {
        WorkspaceError::Io { error, .. } => error,
        other => io::Error::other(other.describe(Lang::En)),
    })
}

/// Keeps a copy of `file` beside it (`NAME.bak-<seconds>`) unless it is
/// missing or already `start`: nothing of the learner's to keep then.
fn back_up(file: &Path, start: &str) -> Result<Option<PathBuf>, WorkspaceError> {
    let bytes = match fs::read(file) {
        Ok(bytes) if bytes == start.as_bytes() => return Ok(None),
        Ok(bytes) => bytes,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(io_error(file)(error)),
    };
    let name = file
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut backup = file.with_file_name(format!("{name}.bak-{}", unix_seconds()));
    let mut n = 1;
    while backup.exists() {
        backup = file.with_file_name(format!("{name}.bak-{}-{n}", unix_seconds()));
        n += 1;
    }
    write_atomically(&backup, &bytes).map_err(io_error(&backup))?;
    Ok(Some(backup))
}

#[cfg(test)]
mod keep_copy_tests {
    use super::*;

    /// The kept copy's failure is the system's error, which the tutorial
    /// words in the learner's language, not an English sentence.
    #[test]
    fn a_copy_that_cannot_be_kept_gives_the_systems_error() {
        let dir = tempfile::tempdir().unwrap();
        let error = keep_copy(dir.path()).unwrap_err();
        assert_ne!(error.kind(), io::ErrorKind::Other, "{error}");
        let file = dir.path().join("Dockerfile");
        fs::write(&file, "FROM a\n").unwrap();
        let copy = keep_copy(&file).unwrap().expect("a copy");
        assert_eq!(fs::read_to_string(copy).unwrap(), "FROM a\n");
    }
}

// File modes and symbolic links, as Unix has them.
#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn saving_keeps_the_mode_follows_links_and_respects_read_only() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("Dockerfile");
        fs::write(&file, "FROM a\n").unwrap();
        fs::set_permissions(&file, fs::Permissions::from_mode(0o640)).unwrap();
        save_learner_file(&file, "FROM b\n").unwrap();
        assert_eq!(fs::read_to_string(&file).unwrap(), "FROM b\n");
        let mode = fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);

        let link = dir.path().join("lien");
        std::os::unix::fs::symlink(&file, &link).unwrap();
        save_learner_file(&link, "FROM c\n").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&file).unwrap(), "FROM c\n");

        fs::set_permissions(&file, fs::Permissions::from_mode(0o444)).unwrap();
        let error = save_learner_file(&file, "FROM d\n").unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::PermissionDenied);
        assert_eq!(fs::read_to_string(&file).unwrap(), "FROM c\n");
    }
}
