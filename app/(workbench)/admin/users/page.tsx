import type { Metadata } from "next";
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
      <table className="w-full overflow-hidden rounded-xl border border-slate-200 bg-white text-left text-sm shadow-sm">
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">Name</th>
            <th scope="col" className="px-4 py-3 font-medium">Email</th>
            <th scope="col" className="px-4 py-3 font-medium">Status</th>
            <th scope="col" className="px-4 py-3 font-medium">Since</th>
            <th scope="col" className="px-4 py-3 text-right font-medium">Role and access</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {users.map((u) => (
            <tr key={u.id} data-testid={`user-${u.email}`}>
              <td className="px-4 py-3 font-medium">{u.name}</td>
              <td className="px-4 py-3 text-slate-700">{u.email}</td>
              <td className="px-4 py-3">
                {u.disabled ? <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs">Disabled</span> : <span className="rounded bg-emerald-50 px-1.5 py-0.5 text-xs text-emerald-800">Active</span>}
              </td>
              <td className="px-4 py-3 text-slate-600">{formatDate(u.createdAt)}</td>
              <td className="px-4 py-3"><UserRowControls user={u} isSelf={u.id === actor.id} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
