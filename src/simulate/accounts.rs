//! The accounts of a stage: its `/etc/passwd` and `/etc/group`, as the base
//! image brings them (`content/images.toml`) and as `useradd`, `adduser`,
//! `groupadd` and `addgroup` change them. BuildKit and runc resolve a
//! `USER` or `--chown` name here: a name that is not there fails the build
//! or the start ("unable to find user node: no matching entries in passwd
//! file"); numeric ids always work.

use std::fmt;

/// One line of `/etc/passwd`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub name: String,
    pub uid: u32,
    pub gid: u32,
    pub home: String,
}

/// One line of `/etc/group`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub name: String,
    pub gid: u32,
}

/// Who a process or a file's owner is, once names are resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Identity {
    pub uid: u32,
    pub gid: u32,
}

impl Identity {
    pub const ROOT: Identity = Identity { uid: 0, gid: 0 };

    pub fn is_root(self) -> bool {
        self.uid == 0
    }
}

impl fmt::Display for Identity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.uid, self.gid)
    }
}

/// Why a `user[:group]` does not resolve.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccountError {
    NoUser(String),
    NoGroup(String),
}

/// A resolved `USER`: the ids, and the home folder `HOME` points to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub identity: Identity,
    pub home: String,
}

/// The accounts of a stage; `known` is false for an image the table does
/// not know, whose accounts the checker cannot judge.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Accounts {
    pub users: Vec<User>,
    pub groups: Vec<Group>,
    pub known: bool,
}

impl Accounts {
    /// No `/etc/passwd` at all (`scratch`): only numeric ids work.
    pub fn none() -> Accounts {
        Accounts {
            users: Vec::new(),
            groups: Vec::new(),
            known: true,
        }
    }

    /// Accounts nobody knows (an image outside the table).
    pub fn unknown() -> Accounts {
        Accounts::default()
    }

    pub fn user(&self, name: &str) -> Option<&User> {
        self.users.iter().find(|user| user.name == name)
    }

    pub fn group(&self, name: &str) -> Option<&Group> {
        self.groups.iter().find(|group| group.name == name)
    }

    pub fn user_by_id(&self, uid: u32) -> Option<&User> {
        self.users.iter().find(|user| user.uid == uid)
    }

    /// Adds a user (replacing one of that name), as `useradd` does.
    pub fn add_user(&mut self, user: User) {
        self.users.retain(|own| own.name != user.name);
        self.users.push(user);
    }

    pub fn add_group(&mut self, group: Group) {
        self.groups.retain(|own| own.name != group.name);
        self.groups.push(group);
    }

    /// The first id from `first` not used by a user (or a group), as
    /// `useradd` picks one.
    pub fn free_id(&self, first: u32, for_group: bool) -> u32 {
        let mut id = first;
        while self.users.iter().any(|user| user.uid == id && !for_group)
            || self.groups.iter().any(|group| group.gid == id && for_group)
        {
            id += 1;
        }
        id
    }

    /// `USER` or `--chown` text (`node`, `1000`, `node:node`, `1000:0`)
    /// resolved as runc and BuildKit do: a name must be in the files, a
    /// number needs not; a user without a group takes its passwd group
    /// (root's group 0 for an unknown number). `None` when the accounts are
    /// unknown.
    pub fn resolve(&self, spec: &str) -> Option<Result<Resolved, AccountError>> {
        if !self.known {
            return None;
        }
        let (user, group) = match spec.split_once(':') {
            Some((user, group)) => (user, Some(group)),
            None => (spec, None),
        };
        let found = match user.parse::<u32>() {
            Ok(uid) => self.user_by_id(uid).cloned().unwrap_or(User {
                name: user.to_string(),
                uid,
                gid: 0,
                home: "/".to_string(),
            }),
            Err(_) => match self.user(user) {
                Some(found) => found.clone(),
                None => return Some(Err(AccountError::NoUser(user.to_string()))),
            },
        };
        let gid = match group {
            None | Some("") => found.gid,
            Some(group) => match group.parse::<u32>() {
                Ok(gid) => gid,
                Err(_) => match self.group(group) {
                    Some(found) => found.gid,
                    None => return Some(Err(AccountError::NoGroup(group.to_string()))),
                },
            },
        };
        Some(Ok(Resolved {
            identity: Identity {
                uid: found.uid,
                gid,
            },
            home: found.home,
        }))
    }
}

impl Accounts {
    /// `--chown` (or `WORKDIR` under a `USER`) text resolved as BuildKit's
    /// file operations do (solver/llbsolver/ops/user_linux.go, readUser): a
    /// name that is not there leaves that id at 0 without an error; a number
    /// alone is both the uid and the gid. The error, when there is one, is
    /// what went unresolved. `None` when the accounts are unknown.
    pub fn resolve_owner(&self, spec: &str) -> Option<(Identity, Option<AccountError>)> {
        if !self.known {
            return None;
        }
        let (user, group) = match spec.split_once(':') {
            Some((user, group)) => (user, Some(group)),
            None => (spec, None),
        };
        let mut identity = Identity::ROOT;
        let mut missing = None;
        match user.parse::<u32>() {
            Ok(uid) => identity = Identity { uid, gid: uid },
            Err(_) => match self.user(user) {
                Some(found) => {
                    identity = Identity {
                        uid: found.uid,
                        gid: found.gid,
                    }
                }
                None => missing = Some(AccountError::NoUser(user.to_string())),
            },
        }
        match group {
            None | Some("") => {}
            Some(group) => match group.parse::<u32>() {
                Ok(gid) => identity.gid = gid,
                Err(_) => match self.group(group) {
                    Some(found) => identity.gid = found.gid,
                    None => {
                        missing.get_or_insert(AccountError::NoGroup(group.to_string()));
                    }
                },
            },
        }
        Some((identity, missing))
    }
}

/// `name:uid:gid:home`, as `content/images.toml` lists users.
pub fn parse_user(line: &str) -> Option<User> {
    let mut fields = line.split(':');
    let name = fields.next()?.to_string();
    let uid = fields.next()?.parse().ok()?;
    let gid = fields.next()?.parse().ok()?;
    let home = fields.next()?.to_string();
    fields.next().is_none().then_some(User {
        name,
        uid,
        gid,
        home,
    })
}

/// `name:gid`, as `content/images.toml` lists groups.
pub fn parse_group(line: &str) -> Option<Group> {
    let (name, gid) = line.split_once(':')?;
    Some(Group {
        name: name.to_string(),
        gid: gid.parse().ok()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn debian_with_node() -> Accounts {
        Accounts {
            users: [
                "root:0:0:/root",
                "nobody:65534:65534:/nonexistent",
                "node:1000:1000:/home/node",
            ]
            .iter()
            .filter_map(|line| parse_user(line))
            .collect(),
            groups: ["root:0", "nogroup:65534", "node:1000"]
                .iter()
                .filter_map(|line| parse_group(line))
                .collect(),
            known: true,
        }
    }

    // runc and BuildKit resolve through github.com/moby/sys/user: a name must
    // be in /etc/passwd ("unable to find user X: no matching entries in
    // passwd file"), a number needs not be, and then the group is 0.
    #[test]
    fn names_must_exist_numbers_need_not() {
        let accounts = debian_with_node();
        let node = accounts.resolve("node").unwrap().unwrap();
        assert_eq!(
            node.identity,
            Identity {
                uid: 1000,
                gid: 1000
            }
        );
        assert_eq!(node.home, "/home/node");
        assert_eq!(
            accounts.resolve("app"),
            Some(Err(AccountError::NoUser("app".into())))
        );
        let number = accounts.resolve("1001").unwrap().unwrap();
        assert_eq!(number.identity, Identity { uid: 1001, gid: 0 });
        // Debian's group for nobody is `nogroup`: `nobody:nobody` does not resolve.
        assert_eq!(
            accounts.resolve("nobody:nobody"),
            Some(Err(AccountError::NoGroup("nobody".into())))
        );
        assert_eq!(
            accounts.resolve("node:0").unwrap().unwrap().identity,
            Identity { uid: 1000, gid: 0 }
        );
        assert_eq!(Accounts::unknown().resolve("anyone"), None);
        assert!(matches!(
            Accounts::none().resolve("nonroot"),
            Some(Err(AccountError::NoUser(_)))
        ));
    }

    // BuildKit's readUser (solver/llbsolver/ops/user_linux.go): a name not in
    // /etc/passwd leaves uid 0 without an error, a lone number is uid and gid.
    #[test]
    fn file_owners_fall_back_to_root_as_buildkit_does() {
        let accounts = debian_with_node();
        assert_eq!(
            accounts.resolve_owner("node"),
            Some((
                Identity {
                    uid: 1000,
                    gid: 1000
                },
                None
            ))
        );
        assert_eq!(
            accounts.resolve_owner("app:app"),
            Some((Identity::ROOT, Some(AccountError::NoUser("app".into()))))
        );
        assert_eq!(
            accounts.resolve_owner("1001"),
            Some((
                Identity {
                    uid: 1001,
                    gid: 1001
                },
                None
            ))
        );
    }
}
