//! What some official images define with `ENV`, so the checker can tell a
//! variable the base image provides (`$GOPATH` in `golang`) from one nothing
//! defines. Read from the images' Dockerfiles in docker-library; images not
//! listed here have an unknown environment, and the checker stays quiet
//! about their variables.

/// Variables every image has: BuildKit sets `PATH` when the image does not.
const ALWAYS: &[&str] = &["PATH"];

const TABLE: &[(&str, &[&str])] = &[
    ("alpine", &[]),
    ("busybox", &[]),
    ("debian", &[]),
    ("ubuntu", &[]),
    ("node", &["NODE_VERSION", "YARN_VERSION"]),
    (
        "python",
        &["LANG", "GPG_KEY", "PYTHON_VERSION", "PYTHON_SHA256"],
    ),
    ("golang", &["GOLANG_VERSION", "GOTOOLCHAIN", "GOPATH"]),
    (
        "php",
        &[
            "PHPIZE_DEPS",
            "PHP_INI_DIR",
            "APACHE_CONFDIR",
            "APACHE_ENVVARS",
            "PHP_CFLAGS",
            "PHP_CPPFLAGS",
            "PHP_LDFLAGS",
            "GPG_KEYS",
            "PHP_VERSION",
            "PHP_URL",
            "PHP_ASC_URL",
            "PHP_SHA256",
        ],
    ),
    (
        "composer",
        &[
            "COMPOSER_ALLOW_SUPERUSER",
            "COMPOSER_HOME",
            "COMPOSER_VERSION",
            "PHP_INI_DIR",
            "PHP_VERSION",
        ],
    ),
    ("rust", &["RUSTUP_HOME", "CARGO_HOME", "RUST_VERSION"]),
    (
        "eclipse-temurin",
        &["JAVA_HOME", "LANG", "LANGUAGE", "LC_ALL", "JAVA_VERSION"],
    ),
    (
        "maven",
        &[
            "JAVA_HOME",
            "LANG",
            "LANGUAGE",
            "LC_ALL",
            "JAVA_VERSION",
            "MAVEN_HOME",
            "MAVEN_CONFIG",
        ],
    ),
    (
        "nginx",
        &[
            "NGINX_VERSION",
            "NJS_VERSION",
            "NJS_RELEASE",
            "PKG_RELEASE",
            "DYNPKG_RELEASE",
        ],
    ),
];

/// The variables of an official image, or `None` when unknown.
pub fn variables_of(official_name: &str) -> Option<impl Iterator<Item = &'static str>> {
    TABLE
        .iter()
        .find(|(name, _)| *name == official_name)
        .map(|(_, variables)| ALWAYS.iter().chain(variables.iter()).copied())
}

/// What `scratch` defines.
pub fn scratch_variables() -> impl Iterator<Item = &'static str> {
    ALWAYS.iter().copied()
}
