#pragma once

#include "auth/passwordhasher.h"
#include "core/enums.h"

#include <QJsonObject>
#include <QList>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace Huike {

class Database;

// Users and departments (FEATURES.md P3): the admin commands of huike-server and the
// server's own lookups. Users and departments are domain rows (they sync to clients, so
// a rep sees colleagues' names); credentials stay in the server-only table.
// Every method runs its own transaction and throws RequestError on bad input.
class UserDirectory
{
public:
    struct NewUser
    {
        QString login;
        QString displayName;
        QString role; // admin | director | manager | sales | clerk | service
        QString email;
        QString mobile;
        QStringList departmentPaths; // e.g. "销售部/华东区"; created when missing
        QString managerLogin;
    };

    struct UserInfo
    {
        QString id;
        QString login;
        QString displayName;
        UserRole role = UserRole::Sales;
        bool disabled = false;
        bool hasPassword = false;
        QString managerId;
        QStringList departmentIds;
        QStringList departmentPaths;
        QJsonObject toJson() const;
    };

    static constexpr int MinPasswordLength = 8;

    UserDirectory(Database &db, PasswordHasher hasher);
    Database &database() { return m_db; }

    // Creates the department and any missing parents; returns its id (existing or new).
    QString addDepartment(const QString &path, const QString &actorId = {});
    QString addUser(const NewUser &user, const QString &password, const QString &actorId = {});
    // Replaces the password and revokes every token of the user.
    void setPassword(const QString &login, const QString &password, const QString &actorId = {});
    // Disabling revokes every token; a disabled user cannot log in.
    void setDisabled(const QString &login, bool disabled, const QString &actorId = {});

    std::optional<UserInfo> findByLogin(const QString &login);
    std::optional<UserInfo> findById(const QString &id);
    QList<UserInfo> list();

    // The users who belong to a department within any of `paths` (their subtrees).
    QStringList usersWithin(const QStringList &paths);
    // The department ids within any of `paths`.
    QStringList departmentsWithin(const QStringList &paths);
    // The customers shared with the user (POST /customers/{id}/shares), themselves or
    // through one of `departmentIds` (departmentsAbove), each with whether a share is
    // editable (one editable share makes it so).
    QHash<QString, bool> sharedWith(const QString &userId, const QStringList &departmentIds);
    // The ids of the departments at `paths` and above them (a department share reaches
    // every user of the department and of the departments below it).
    QStringList departmentsAbove(const QStringList &paths);

    const PasswordHasher &hasher() const { return m_hasher; }

private:
    void checkPassword(const QString &login, const QString &password);
    std::optional<UserInfo> find(const QString &column, const QString &value);
    QString departmentId(const QString &path, const QString &actorId);

    Database &m_db;
    PasswordHasher m_hasher;
};

} // namespace Huike
