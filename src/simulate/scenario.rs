//! The scenario of an exercise: the build context (files, sizes, what kind
//! of file each is), `.dockerignore`, the facts about the project that the
//! knowledge base of `run/` reads (how big the dependencies are, what each
//! npm script runs, which folders `tsc` and the tests read, where the build
//! writes), and what the application needs at run time. Read from
//! `exercise.toml` with unknown keys refused.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;

use super::tag::Tag;
use crate::graph::{BuildOptions, Platform};
use crate::i18n::Lang;

/// A size in bytes, written in TOML as `"400 kB"`, `"1.2 GB"` or a number.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Size(pub u64);

impl Size {
    /// Parses `400 kB`, `1.2 GB`, `12MB`, `0 B` (powers of 1000).
    pub fn parse(text: &str) -> Option<Size> {
        let text = text.trim();
        let split = text
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(text.len());
        let (number, unit) = text.split_at(split);
        let number: f64 = number.parse().ok()?;
        let factor = match unit.trim().to_ascii_lowercase().as_str() {
            "" | "b" => 1.0,
            "kb" | "ko" => 1e3,
            "mb" | "mo" => 1e6,
            "gb" | "go" => 1e9,
            _ => return None,
        };
        Some(Size((number * factor).round() as u64))
    }

    /// `1,1 Go` in French, `1.1 GB` in English.
    pub fn display(self, lang: Lang) -> String {
        let bytes = self.0 as f64;
        let (value, unit) = if bytes >= 1e9 {
            (bytes / 1e9, lang.pick("Go", "GB"))
        } else if bytes >= 1e6 {
            (bytes / 1e6, lang.pick("Mo", "MB"))
        } else if bytes >= 1e3 {
            (bytes / 1e3, lang.pick("ko", "kB"))
        } else {
            return format!("{}\u{a0}{}", self.0, lang.pick("o", "B"));
        };
        // Three significant digits at most, and no trailing `,0`.
        let number = if value >= 10.0 {
            format!("{value:.0}")
        } else {
            let text = format!("{value:.1}");
            text.strip_suffix(".0").map(str::to_string).unwrap_or(text)
        };
        let number = match lang {
            Lang::Fr => number.replace('.', ","),
            Lang::En => number,
        };
        format!("{number}\u{a0}{unit}")
    }
}

impl<'de> Deserialize<'de> for Size {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Size, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Size;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a size such as \"400 kB\", \"12 MB\" or a number of bytes")
            }
            fn visit_u64<E: serde::de::Error>(self, bytes: u64) -> Result<Size, E> {
                Ok(Size(bytes))
            }
            fn visit_i64<E: serde::de::Error>(self, bytes: i64) -> Result<Size, E> {
                u64::try_from(bytes)
                    .map(Size)
                    .map_err(|_| E::custom("a size cannot be negative"))
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Size, E> {
                Size::parse(text).ok_or_else(|| {
                    E::custom(format!(
                        "`{text}` is not a size (write \"400 kB\", \"12 MB\", \"1.2 GB\")"
                    ))
                })
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// What a file of the build context is, for the checks' tags.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContextKind {
    Source,
    Test,
    Manifest,
    Lockfile,
    Config,
    Docs,
    Vcs,
    /// Installed dependencies lying in the project folder (a local `node_modules`).
    Dependencies,
    /// Credentials kept beside the code (`.env`).
    Secret,
    #[default]
    Other,
}

impl ContextKind {
    /// The tags a file of this kind carries.
    pub fn tags(self) -> Vec<Tag> {
        match self {
            ContextKind::Source => vec![Tag::Sources],
            ContextKind::Test => vec![Tag::Tests],
            ContextKind::Manifest => vec![Tag::Manifest],
            ContextKind::Lockfile => vec![Tag::Lockfile],
            ContextKind::Config => vec![Tag::Config],
            ContextKind::Docs => vec![Tag::Docs],
            ContextKind::Vcs => vec![Tag::Vcs],
            ContextKind::Dependencies => vec![Tag::Dependencies, Tag::DevDependencies],
            ContextKind::Secret => vec![Tag::Secret],
            ContextKind::Other => vec![Tag::Other],
        }
    }
}

/// One file or folder of the build context.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextFile {
    /// Relative to the context root; a folder may end with `/`.
    pub path: String,
    pub size: Size,
    #[serde(default)]
    pub kind: ContextKind,
}

/// A Node.js project (npm, yarn or pnpm).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NodeProject {
    /// `node_modules` with production dependencies only.
    pub dependencies: Size,
    /// What the devDependencies add.
    pub dev_dependencies: Size,
    /// What `npm run build` writes, relative to the project folder.
    pub build_output: Option<String>,
    #[serde(default)]
    pub build_size: Size,
    /// The file inside `build_output` that starts the application
    /// (`index.js`): a start command naming another one is wrong.
    pub main: Option<String>,
    /// What each npm script runs (`build = "tsc"`); without it, `build` is
    /// `tsc`, `test` is `jest` and `start` runs the build's main file.
    #[serde(default)]
    pub scripts: BTreeMap<String, String>,
    /// What `tsc` reads, relative to the project folder (`tsconfig.json`,
    /// `src`): missing there, it finds no inputs.
    #[serde(default)]
    pub build_inputs: Vec<String>,
    /// What the tests read, relative to the project folder (they import `../src`).
    #[serde(default)]
    pub test_inputs: Vec<String>,
    /// The packages the application loads at run time (`express`), named
    /// when they are missing.
    #[serde(default)]
    pub modules: Vec<String>,
    /// Some dependencies come from a private registry: `npm ci` needs its
    /// credentials, in an `.npmrc` npm reads (`$HOME/.npmrc`, the project's,
    /// or the one `NPM_CONFIG_USERCONFIG` names), or it fails with E401.
    pub private_registry: Option<String>,
}

impl NodeProject {
    /// The command an npm script runs.
    pub fn script(&self, name: &str) -> Option<String> {
        if let Some(command) = self.scripts.get(name) {
            return Some(command.clone());
        }
        match name {
            "build" => Some("tsc".into()),
            "test" => Some("jest".into()),
            "start" => {
                let output = self.build_output.as_deref()?;
                let main = self.main.as_deref().unwrap_or("index.js");
                Some(format!("node {output}/{main}"))
            }
            _ => None,
        }
    }
}

/// A Python project (`requirements.txt`, pip, uv).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PythonProject {
    pub packages: Size,
    /// The script that starts the application (`app.py`), in the context.
    pub app: Option<String>,
    /// Some packages compile C code when installed from source.
    #[serde(default)]
    pub needs_compiler: bool,
}

/// A PHP project (Composer).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhpProject {
    pub dependencies: Size,
    pub dev_dependencies: Size,
    /// The front controller the web server runs (`public/index.php`): it
    /// requires `../vendor/autoload.php`, relative to its own folder.
    pub entry: Option<String>,
    /// The folders Composer's autoloader maps (PSR-4 `src/`), relative to
    /// the folder that holds `vendor/`.
    #[serde(default)]
    pub autoload: Vec<String>,
}

/// A Go module.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoProject {
    /// What `go build` names the binary without `-o`.
    pub binary: String,
    /// The Go version `go.mod` requires (`1.26`).
    pub version: Option<String>,
    /// The main package, relative to the module (`cmd/server`): building
    /// another folder finds no Go files there.
    pub main: Option<String>,
    pub binary_size: Size,
    #[serde(default)]
    pub module_cache: Size,
}

/// A Rust crate (cargo).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RustProject {
    pub binary: String,
    pub binary_size: Size,
    #[serde(default)]
    pub target_size: Size,
}

/// A Java project (Maven).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JavaProject {
    /// Relative to the project folder (`target/app.jar`).
    pub jar: String,
    pub jar_size: Size,
    #[serde(default)]
    pub repository_size: Size,
}

/// What the running application needs from its image, beyond its own code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuntimeNeed {
    /// Its production dependencies, where its runtime looks for them:
    /// `node_modules` above the main script, importable Python packages,
    /// Composer's `vendor/autoload.php` beside the code.
    Dependencies,
    /// A file or folder of the project beside the entry point (`templates`).
    Beside(String),
    /// CA certificates where TLS libraries look (HTTPS calls).
    CaCertificates,
    /// A folder the application writes at run time, relative to the
    /// container's working folder or absolute: the runtime user must be
    /// allowed to.
    Writable(String),
}

impl<'de> Deserialize<'de> for RuntimeNeed {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<RuntimeNeed, D::Error> {
        let text = String::deserialize(deserializer)?;
        let need = match text.split_once(':') {
            None if text == "dependencies" => Some(RuntimeNeed::Dependencies),
            None if text == "ca-certificates" => Some(RuntimeNeed::CaCertificates),
            Some(("beside", path)) if !path.is_empty() => Some(RuntimeNeed::Beside(path.into())),
            Some(("writable", path)) if !path.is_empty() => {
                Some(RuntimeNeed::Writable(path.into()))
            }
            _ => None,
        };
        need.ok_or_else(|| {
            serde::de::Error::custom(format!(
                "unknown run-time need `{text}` (known: dependencies, ca-certificates, beside:PATH, writable:PATH)"
            ))
        })
    }
}

/// Everything the build simulation knows about an exercise's project.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// What the application needs when it runs, in every exercise of the scenario.
    #[serde(default)]
    pub runtime_needs: Vec<RuntimeNeed>,
    /// `.dockerignore` patterns.
    #[serde(default)]
    pub dockerignore: Vec<String>,
    /// The single-stage Dockerfile to compare sizes with (else the exercise's start).
    pub naive: Option<String>,
    #[serde(default)]
    pub context: Vec<ContextFile>,
    pub node: Option<NodeProject>,
    pub python: Option<PythonProject>,
    pub php: Option<PhpProject>,
    pub go: Option<GoProject>,
    pub rust: Option<RustProject>,
    pub java: Option<JavaProject>,
    /// The build secrets the exercise's `docker build` passes
    /// (`--secret id=npmrc,src=$HOME/.npmrc`).
    #[serde(default)]
    pub secrets: Vec<BuildSecret>,
    /// The platforms the image is built for (`docker buildx build
    /// --platform a,b`): each is graded, and a check passes only if it passes
    /// for all. `linux/amd64` when empty.
    #[serde(default)]
    pub platforms: Vec<PlatformName>,
    /// The platforms of the machines that build (`$BUILDPLATFORM`: the CI
    /// runner, a developer's laptop), each graded with every target.
    /// `linux/amd64` when empty.
    #[serde(default)]
    pub build_platforms: Vec<PlatformName>,
}

/// A secret the build is given: an `.npmrc` holding a registry's credentials.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BuildSecret {
    /// Its id, as `--secret id=…` and `--mount=type=secret,id=…` name it.
    pub id: String,
}

/// A platform written `os/arch[/variant]`, checked when the exercise is read.
#[derive(Debug, Clone)]
pub struct PlatformName(pub Platform);

impl<'de> Deserialize<'de> for PlatformName {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Platform::parse(&text).map(PlatformName).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{text}` is not a platform: write os/arch, e.g. linux/arm64"
            ))
        })
    }
}

impl Scenario {
    /// Every way the exercise's `docker build` is run: each target platform
    /// built on each build platform, the first being the one shown.
    pub fn builds(&self) -> Vec<BuildOptions> {
        let or_default = |names: &[PlatformName]| -> Vec<Platform> {
            if names.is_empty() {
                vec![Platform::default()]
            } else {
                names.iter().map(|name| name.0.clone()).collect()
            }
        };
        let mut builds = Vec::new();
        for build_platform in or_default(&self.build_platforms) {
            for platform in or_default(&self.platforms) {
                builds.push(BuildOptions {
                    platform,
                    build_platform: build_platform.clone(),
                    ..BuildOptions::default()
                });
            }
        }
        builds
    }

    /// The build shown to the learner: the first of [`Scenario::builds`].
    pub fn build_options(&self) -> BuildOptions {
        self.builds().swap_remove(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_and_print_in_both_languages() {
        assert_eq!(Size::parse("400 kB"), Some(Size(400_000)));
        assert_eq!(Size::parse("1.12 GB"), Some(Size(1_120_000_000)));
        assert_eq!(Size::parse("12MB"), Some(Size(12_000_000)));
        assert_eq!(Size::parse("0 B"), Some(Size(0)));
        assert_eq!(Size::parse("12 parsecs"), None);
        assert_eq!(Size(1_120_000_000).display(Lang::Fr), "1,1\u{a0}Go");
        assert_eq!(Size(226_400_000).display(Lang::En), "226\u{a0}MB");
        assert_eq!(Size(400_000).display(Lang::Fr), "400\u{a0}ko");
        assert_eq!(Size(6_000).display(Lang::Fr), "6\u{a0}ko");
        assert_eq!(Size(40_000).display(Lang::Fr), "40\u{a0}ko");
        assert_eq!(Size(2_450_000).display(Lang::Fr), "2,5\u{a0}Mo");
    }
}
