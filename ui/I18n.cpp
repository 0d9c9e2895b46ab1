// Holds the translation resources (:/i18n/*.qm); see ui/CMakeLists.txt.
namespace ps {
int i18nResourcesLinked() { return 1; }
} // namespace ps
