//! The file commands a `RUN` uses: `mkdir`, `chmod`, `chown`, `cp`, `mv`,
//! each allowed or refused as Linux would for the user running it.

use super::*;

impl Command<'_> {
    pub(super) fn mkdir(&mut self, args: &[String]) {
        let parents = has_short(args, 'p') || has_flag(args, &["--parents"]);
        for path in positional(args) {
            if path.contains('$') {
                continue;
            }
            let path = self.session.path(path);
            if self.image.files.exists(&path) {
                if !parents {
                    let command = self.shown.to_string();
                    self.fail(NoteKind::AlreadyExists { path, command });
                }
                continue;
            }
            // The first missing folder is what the user must be allowed to create.
            let mut first_missing = path.clone();
            loop {
                let parent = fs::resolve(&first_missing, "..");
                if parent == "/"
                    || self.image.files.exists(&parent)
                    || self.image.presence(&parent) != Presence::No
                {
                    break;
                }
                if !parents {
                    let command = self.shown.to_string();
                    self.fail(NoteKind::MissingFile {
                        path: parent,
                        command,
                    });
                    return;
                }
                first_missing = parent;
            }
            if !self.may_write(&first_missing) {
                return;
            }
            let owner = self.session.identity().unwrap_or_default();
            let layer = self.session.layer;
            self.image.make_folder(&path, owner, layer);
        }
    }

    pub(super) fn chmod(&mut self, args: &[String]) {
        let recursive = has_short(args, 'R') || has_flag(args, &["--recursive"]);
        let words = positional(args);
        let Some((mode, paths)) = words.split_first() else {
            return;
        };
        for path in paths {
            let path = self.session.path(path);
            if !self.owns_or_root(&path) {
                return;
            }
            let Some(entry) = self.image.files.find(&path) else {
                continue;
            };
            // A file inside a coarse folder has the folder's bits, less `x`.
            let current = if entry.path == path {
                entry.mode
            } else {
                entry.mode & 0o666
            };
            let mode = match u32::from_str_radix(mode, 8) {
                Ok(mode) => mode,
                // `+x`, `a+x`, `u+x`: the execute bits.
                Err(_) if mode.contains("+x") => current | 0o111,
                Err(_) if mode.contains("-x") => current & !0o111,
                Err(_) if mode.contains("+w") || mode.contains("+rw") => current | 0o222,
                Err(_) => continue,
            };
            self.image.chmod(&path, mode, recursive);
        }
    }

    /// `chown` needs root (or the file's owner, for a group it belongs to).
    pub(super) fn owns_or_root(&mut self, path: &str) -> bool {
        let Some(who) = self.session.identity() else {
            return true;
        };
        let owner = self.image.files.find(path).map(|entry| entry.owner);
        if who.is_root() || owner.is_none_or(|owner| owner.uid == who.uid) {
            return true;
        }
        let command = self.shown.to_string();
        let user = self.image.config.user.clone().unwrap_or_default();
        self.fail(NoteKind::NeedsRoot { command, user });
        false
    }

    pub(super) fn chown(&mut self, program: &str, args: &[String]) {
        let recursive = has_short(args, 'R') || has_flag(args, &["--recursive"]);
        let words = positional(args);
        let Some((spec, paths)) = words.split_first() else {
            return;
        };
        if !self.needs_root() {
            return;
        }
        let spec = if program == "chgrp" {
            format!("0:{spec}")
        } else {
            spec.to_string()
        };
        let owner = match self.image.accounts.resolve(&spec) {
            Some(Ok(resolved)) => resolved.identity,
            Some(Err(error)) => {
                let command = self.shown.to_string();
                self.fail(NoteKind::ChownUnknown { error, command });
                return;
            }
            None => return,
        };
        for path in paths {
            let path = self.session.path(path);
            if !self.image.files.exists(&path) && self.image.presence(&path) == Presence::No {
                let command = self.shown.to_string();
                self.fail(NoteKind::MissingFile { path, command });
                return;
            }
            self.image.chown(&path, owner, recursive);
        }
    }

    pub(super) fn copy_within(&mut self, moving: bool, args: &[String]) {
        let paths = positional(args);
        if paths.iter().any(|path| path.contains('$')) {
            // Paths from the image's own variables (`$PHP_INI_DIR`): unknown, and harmless here.
            return;
        }
        let Some((destination, sources)) = paths.split_last() else {
            return;
        };
        let destination = self.session.path(destination);
        let into_dir = sources.len() > 1
            || self
                .image
                .files
                .folder_at(&destination)
                .is_some_and(|entry| entry.path == destination);
        for source in sources {
            let source = self.session.path(source);
            let selections = self.image.files.select(&source);
            if selections.is_empty() {
                if self.image.presence(&source) == Presence::No {
                    self.needs_file(&source);
                }
                continue;
            }
            let target = if into_dir {
                fs::resolve(&destination, source.rsplit('/').next().unwrap_or(""))
            } else {
                destination.clone()
            };
            if !self.may_write(&target) {
                return;
            }
            // cp -r of a folder onto a new name gives the folder that name.
            let selections: Vec<_> = selections
                .into_iter()
                .map(|mut selection| {
                    if selection.dir && into_dir {
                        let name = selection.name.clone();
                        for (relative, _) in &mut selection.items {
                            *relative = format!("/{name}{relative}");
                        }
                    }
                    selection
                })
                .collect();
            if moving {
                self.remove(&source);
            }
            let layer = self.session.layer;
            let owner = self.session.identity().unwrap_or_default();
            let before = self.image.files.entries.len();
            self.image
                .files
                .place(selections, &destination, into_dir, None, layer);
            if !moving {
                for entry in self.image.files.entries.iter_mut().skip(before) {
                    entry.owner = owner;
                }
            }
        }
    }
}
