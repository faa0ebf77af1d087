// Lets functional tests start the application with WebApplicationFactory<Program>.
public partial class Program;
