import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { requirePageActor } from "@/lib/auth/guard";
import { listUsers } from "@/lib/db/users";
import { formatDate } from "@/lib/format";
import { CreateUserForm } from "./_components/create-user-form";
import { UserRowControls } from "./_components/user-row-controls";

export const metadata: Metadata = { title: "Users" };

export default async function AdminUsersPage() {
  const actor = await requirePageActor("user.manage");
  const users = await listUsers(actor);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold tracking-tight">Users</h1>
      <section className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h2 className="mb-4 font-medium">Create an account</h2>
        <CreateUserForm />
      </section>
      <DataTable
        columns={[
          { label: "Name" },
          { label: "Email" },
          { label: "Status" },
          { label: "Since" },
          { label: "Role and access", align: "right" },
        ]}
      >
        {users.map((u) => (
          <tr key={u.id} data-testid={`user-${u.email}`}>
            <td className="px-4 py-3 font-medium">{u.name}</td>
            <td className="px-4 py-3 text-slate-700">{u.email}</td>
            <td className="px-4 py-3">
              {u.disabled ? (
                <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs">Disabled</span>
              ) : (
                <span className="rounded bg-emerald-50 px-1.5 py-0.5 text-xs text-emerald-800">Active</span>
              )}
            </td>
            <td className="px-4 py-3 text-slate-600">{formatDate(u.createdAt)}</td>
            <td className="px-4 py-3">
              <UserRowControls user={u} isSelf={u.id === actor.id} />
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
