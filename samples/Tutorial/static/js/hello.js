function sayHello() {
  document.getElementById("greeting").textContent = "Hello from hello.js!";
}
