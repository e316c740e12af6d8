# Build: the .NET SDK plus Node.js, which builds the GraphiQL page from npm at build time.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /source
COPY . .
RUN dotnet publish src/Server/AgreementTracker.Server.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "AgreementTracker.Server.dll", "--urls", "http://0.0.0.0:8080"]
