//! What the application needs once it runs, as its scenario says
//! (`runtime_needs`): the modules Node.js loads from `node_modules` above
//! its script, the packages Python imports (for its version and libc), the
//! files beside the entry point, Composer's autoloader and the classes it
//! maps, CA certificates where Go reads them, folders the user must write.

use super::{App, Launch, StartProblem};
use crate::simulate::accounts::Identity;
use crate::simulate::fs::{self, Entry};
use crate::simulate::image::{Presence, StageImage};
use crate::simulate::python_version;
use crate::simulate::scenario::{RuntimeNeed, Scenario};
use crate::simulate::tag::Tag;

/// What the application needs once it runs, as its scenario says.
pub(super) fn needs(
    image: &StageImage,
    scenario: &Scenario,
    app: Option<&App>,
    launch: &mut Launch,
) {
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
                // Relative to where the process runs, as the app's own open() is.
                let path = fs::resolve(&image.config.workdir, what);
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
    let folder = entry_file
        .rsplit_once('/')
        .map_or(".", |(folder, _)| folder);
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
