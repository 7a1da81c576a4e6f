export default function HomePage() {
  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold">Fact checks</h1>
      <p className="mt-3 max-w-prose text-slate-700">
        Claims from the news, checked against primary sources by our fact-checkers. Each verdict lists every source it rests on and every correction made since.
      </p>
      <p className="mt-8 rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600">No fact checks have been published yet.</p>
    </div>
  );
}
