#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace ps {
class Project;
}

namespace ps::server {

// Named users allowed to change data through the server, each with a personal
// token. The project stores only a salted SHA-256 of each token (tokens are
// random 32-byte secrets, so a slow password hash adds nothing), never the
// token itself. Names: letters, digits, '.', '_' and '-', 1–64 characters.
bool validUserName(const QString& name);
// A new random token (64 hex characters).
QByteArray newToken();
// Adds the user, or replaces the token of an existing one. Throws ps::Error for a bad name or a token under 16 characters.
void setUser(Project& project, const QString& name, const QByteArray& token);
// False when there was no such user.
bool removeUser(Project& project, const QString& name);
QStringList userNames(Project& project);
// The user whose token this is (constant-time per user), or nullopt.
std::optional<QString> authenticate(Project& project, const QByteArray& token);

} // namespace ps::server
