export function NotFoundPage() {
  return (
    <>
      <h1>Siden findes ikke</h1>
      <p>Der er ingen side på denne adresse, eller du har ikke adgang til den. <a href="/">Gå til forsiden</a>.</p>
    </>
  );
}
